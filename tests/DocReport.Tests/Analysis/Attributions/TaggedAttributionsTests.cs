using DocReport.Analysis.Attributions.Tagging;
using DocReport.Model;

namespace DocReport.Tests.Analysis.Attributions;

public class TaggedAttributionsTests
{
    [Fact]
    public void Two_cues_after_one_subject_share_its_source()
    {
        var article = ArticleFixture.Build("Newsweek announced new rates and said it will add a plan.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "Newsweek"), (SpanRole.Cue, "announced"), (SpanRole.Content, "new rates"),
            (SpanRole.Cue, "said"), (SpanRole.Content, "it will add a plan")));
        Assert.Equal([("Newsweek", "announced", "new rates"), ("Newsweek", "said", "it will add a plan")], found.Select(f => (f.Source.Text, f.Cue.Text, f.Content.Text)));
    }

    [Fact]
    public void A_source_far_from_its_cue_does_not_take_the_cue_next_to_another_source()
    {
        var article = ArticleFixture.Build("The report, which the governor said was flawed, found rising costs.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "The report"), (SpanRole.Source, "the governor"), (SpanRole.Cue, "said"),
            (SpanRole.Content, "was flawed"), (SpanRole.Cue, "found"), (SpanRole.Content, "rising costs")));
        Assert.Equal([("the governor", "said"), ("The report", "found")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void An_inverted_report_after_a_quotation_keeps_the_speaker_against_the_cue_of_the_aside_about_them()
    {
        var article = ArticleFixture.Build("“The ferry will run all winter,” said Mara Quint, who chairs the harbour board.",
            "“Nobody saw the flood coming,” said the old keeper, speaking for the first time.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Content, "“The ferry will run all winter,”"), (SpanRole.Cue, "said"),
            (SpanRole.Source, "Mara Quint, who"), (SpanRole.Cue, "chairs"), (SpanRole.Content, "the harbour board"),
            (SpanRole.Content, "“Nobody saw the flood coming,”"), (SpanRole.Cue, "said"), (SpanRole.Source, "the old keeper"), (SpanRole.Cue, "speaking for"),
            (SpanRole.Content, "the first time")));
        Assert.Contains(("Mara Quint", "said", "The ferry will run all winter,"), found.Select(f => (f.Source.Text, f.Cue.Text, f.Content.Text.Trim('“', '”'))));
        Assert.Contains(("the old keeper", "said"), found.Select(f => (f.Source.Text, f.Cue.Text)));
        Assert.DoesNotContain(found, f => f.Cue.Text == "chairs");
    }

    [Fact]
    public void The_report_of_an_aside_about_the_speaker_of_an_inverted_cue_is_the_speakers_too()
    {
        var article = ArticleFixture.Build("“The ferry will run all winter,” said Mara Quint, who added that fares would stay the same.",
            "“The pier is safe,” said Tom Fell, head of the harbour board, which repaired it in May.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Content, "“The ferry will run all winter,”"), (SpanRole.Cue, "said"),
            (SpanRole.Source, "Mara Quint, who"), (SpanRole.Cue, "added"), (SpanRole.Content, "that fares would stay the same"),
            (SpanRole.Content, "“The pier is safe,”"), (SpanRole.Cue, "said"), (SpanRole.Source, "Tom Fell, head of the harbour board, which"),
            (SpanRole.Cue, "repaired"), (SpanRole.Content, "it in May")));
        Assert.Contains(("Mara Quint", "said"), found.Select(f => (f.Source.Text, f.Cue.Text)));
        Assert.Contains(("Mara Quint", "added", "that fares would stay the same"), found.Select(f => (f.Source.Text, f.Cue.Text, f.Content.Text)));
        Assert.Equal("Mara Quint", found.Single(f => f.Cue.Text == "added").Phrase?.Name);
        Assert.DoesNotContain(found, f => f.Cue.Text == "repaired");
    }

    [Fact]
    public void A_phrase_after_an_inverted_cue_that_tells_of_whom_it_was_said_is_not_its_speaker()
    {
        var article = ArticleFixture.Build("“Rents will fall,” said of the council members praising the new plan.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Content, "“Rents will fall,”"), (SpanRole.Cue, "said"),
            (SpanRole.Source, "of the council members"), (SpanRole.Cue, "praising"), (SpanRole.Content, "the new plan")));
        Assert.DoesNotContain(("of the council members", "said"), found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void A_relative_pronoun_the_tagger_puts_before_the_speaker_is_no_part_of_the_source()
    {
        var article = ArticleFixture.Build("The levy, which Finance Minister Ola Brandt said would raise $2 billion, passed.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "which Finance Minister Ola Brandt"), (SpanRole.Cue, "said"),
            (SpanRole.Content, "would raise $2 billion")));
        Assert.Equal("Finance Minister Ola Brandt", Assert.Single(found).Source.Text);
    }

    [Fact]
    public void The_outlet_a_source_speaks_to_is_not_the_speaker()
    {
        var article = ArticleFixture.Build("A second police source speaking to the Harbour Courier said the van was stolen.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "A second police source"), (SpanRole.Source, "the Harbour Courier"),
            (SpanRole.Cue, "said"), (SpanRole.Content, "the van was stolen")));
        Assert.Equal(["A second police source"], found.Select(f => f.Source.Text));
    }

    [Fact]
    public void A_source_inside_an_aside_before_the_cue_is_not_its_subject()
    {
        var article = ArticleFixture.Build("Ana Reyes, a consultant who once tried to organize a rival campaign, said the plan failed and warned against cuts.",
            "Tom Byrne — who stood at the door of the Oval Office for years — states that the rules changed.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "Ana Reyes"), (SpanRole.Source, "a rival campaign,"), (SpanRole.Cue, "said"),
            (SpanRole.Content, "the plan failed"), (SpanRole.Cue, "warned against"), (SpanRole.Content, "cuts"),
            (SpanRole.Source, "Tom Byrne"), (SpanRole.Source, "the Oval Office for years —"), (SpanRole.Cue, "states"), (SpanRole.Content, "that the rules changed")));
        Assert.Equal([("Ana Reyes", "said"), ("Ana Reyes", "warned against"), ("Tom Byrne", "states")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void A_relative_pronoun_or_a_surname_given_the_cue_is_named_by_the_source_before_it_that_took_no_cue()
    {
        var article = ArticleFixture.Build("The plan won the backing of Senator Ana Reyes, who told reporters it would pass.",
            "Mayor Bill de Vries stepped in on Monday: if both sides agree, de Vries said, the park will open.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "Senator Ana Reyes"), (SpanRole.Source, "who"), (SpanRole.Cue, "told"),
            (SpanRole.Content, "it would pass"), (SpanRole.Source, "Mayor Bill de Vries"), (SpanRole.Source, "de Vries"), (SpanRole.Cue, "said"), (SpanRole.Content, "the park will open")));
        Assert.Equal([("who", "Ana Reyes"), ("de Vries", "Bill de Vries")], found.Select(f => (f.Source.Text, f.Phrase?.Name)));
    }

    [Fact]
    public void A_quotation_of_several_sentences_is_the_cue_s_after_it_not_the_attribution_s_before_it()
    {
        var article = ArticleFixture.Build("Lee said the plan failed. “We will build it. It is a good decision,” Graham told reporters.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "Lee"), (SpanRole.Cue, "said"), (SpanRole.Content, "the plan failed"),
            (SpanRole.Content, "“We will build it. It is a good decision,”"), (SpanRole.Source, "Graham"), (SpanRole.Cue, "told")));
        Assert.Equal([("Lee", "the plan failed"), ("Graham", "“We will build it. It is a good decision,”")], found.Select(f => (f.Source.Text, f.Content.Text)));
        Assert.Empty(found[0].ContentParts);
    }

    [Fact]
    public void Content_of_a_sentence_without_a_cue_goes_on_with_the_attribution_before_it_in_the_next_paragraph_too()
    {
        var article = ArticleFixture.Build("“We are ready,” she said. “The plan works.”", "“It will pay for itself.”", "Prices rose.", "“Not ours.”");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Content, "“We are ready,”"), (SpanRole.Source, "she"), (SpanRole.Cue, "said"),
            (SpanRole.Content, "“The plan works.”"), (SpanRole.Content, "“It will pay for itself.”"), (SpanRole.Content, "“Not ours.”")));
        var attribution = Assert.Single(found);
        Assert.Equal("“We are ready,”", attribution.Content.Text);
        Assert.Equal(["“The plan works.”", "“It will pay for itself.”"], attribution.ContentParts.Select(p => p.Of(article.Text)));
    }

    [Fact]
    public void A_sentence_after_a_closed_quotation_does_not_go_on_with_its_speaker()
    {
        var article = ArticleFixture.Build("“The ferry is late again,” the captain added. So most riders walk instead.", "''Nobody waits,'' he said. ''The pier is empty.''");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Content, "“The ferry is late again,”"), (SpanRole.Source, "the captain"),
            (SpanRole.Cue, "added"), (SpanRole.Content, "So most riders walk instead."), (SpanRole.Content, "''Nobody waits,''"), (SpanRole.Source, "he"),
            (SpanRole.Cue, "said"), (SpanRole.Content, "''The pier is empty.''")));
        Assert.Equal([("added", "“The ferry is late again,”"), ("said", "''Nobody waits,''|''The pier is empty.''")],
            found.Select(f => (f.Cue.Text, string.Join("|", f.ContentParts.Select(p => p.Of(article.Text)).Append(f.Content.Text).Order(StringComparer.Ordinal)))));
    }

    [Fact]
    public void A_cue_without_a_source_or_content_and_a_source_without_a_cue_make_no_attribution()
    {
        var article = ArticleFixture.Build("It was reported that rates rose.", "The ministry plans nothing.", "Analysts said.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "was reported"), (SpanRole.Content, "that rates rose"),
            (SpanRole.Source, "The ministry"), (SpanRole.Source, "Analysts"), (SpanRole.Cue, "said")));
        Assert.Empty(found);
    }

    [Fact]
    public void An_intention_is_an_attribution_that_does_not_report()
    {
        var article = ArticleFixture.Build("Clinton plans to visit Ohio, and her aides said the trip was set.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "Clinton"), (SpanRole.Cue, "plans"), (SpanRole.Content, "to visit Ohio"),
            (SpanRole.Source, "her aides"), (SpanRole.Cue, "said"), (SpanRole.Content, "the trip was set")));
        Assert.Equal([("Clinton", false), ("her aides", true)], found.Select(f => (f.Source.Text, f.Reports)));
    }

    [Fact]
    public void A_participle_that_is_not_coordinated_with_the_cue_before_it_does_not_share_its_source()
    {
        var article = ArticleFixture.Build("After Putin announced a mobilization, women demanding the return of soldiers surfaced.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "Putin"), (SpanRole.Cue, "announced"), (SpanRole.Content, "a mobilization"),
            (SpanRole.Cue, "demanding"), (SpanRole.Content, "the return of soldiers surfaced")));
        Assert.Equal([("Putin", "announced")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void A_participle_after_a_comma_shares_the_source_of_the_cue_before_it()
    {
        var article = ArticleFixture.Build("The mayor said the bridge would close, adding that buses would run.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "The mayor"), (SpanRole.Cue, "said"), (SpanRole.Content, "the bridge would close"),
            (SpanRole.Cue, "adding"), (SpanRole.Content, "that buses would run")));
        Assert.Equal([("The mayor", "said"), ("The mayor", "adding")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void Content_after_a_sentence_of_the_writer_does_not_go_on_with_the_attribution_before_it()
    {
        var article = ArticleFixture.Build("The minister said prices would fall. Many women once backed him.", "The war has opened their eyes to the propaganda.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "The minister"), (SpanRole.Cue, "said"), (SpanRole.Content, "prices would fall"),
            (SpanRole.Content, "The war has opened their eyes to the propaganda")));
        Assert.Empty(Assert.Single(found).ContentParts);
    }

    [Theory]
    [InlineData("The state's confirmed caseload is nearly 162,000.", "confirmed", "The state's", "caseload is nearly 162,000")]
    [InlineData("Many were supporters of Putin until they felt deceived.", "until", "supporters of Putin", "they felt deceived")]
    public void A_participle_before_its_noun_or_a_function_word_is_no_cue(string sentence, string cue, string source, string content)
    {
        var article = ArticleFixture.Build(sentence);
        Assert.Empty(TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, source), (SpanRole.Cue, cue), (SpanRole.Content, content))));
    }

    [Theory]
    [InlineData("Hancock was forced onto the defensive in the House of Commons by a string of Tory MPs who said the offences were proof.", "House of Commons by a string of Tory MPs who", "a string of Tory MPs")]
    [InlineData("The mayor was booed at the town hall by a crowd of residents that said the tax was unfair.", "the town hall by a crowd of residents that", "a crowd of residents")]
    public void A_source_span_through_a_passive_by_into_who_is_the_agent(string sentence, string sourceSpan, string agent)
    {
        var article = ArticleFixture.Build(sentence);
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, sourceSpan), (SpanRole.Cue, "said"), (SpanRole.Content, sentence[(sentence.IndexOf(" said ", StringComparison.Ordinal) + 6)..^1])));
        Assert.Equal(agent, Assert.Single(found).Source.Text);
    }

    // The spans at the first occurrence of each text (after the previous one), in the paragraph that holds it.
    [Fact]
    public void A_source_cut_off_by_a_comma_before_an_inverting_cue_gives_way_to_the_name_after_the_cue()
    {
        var article = ArticleFixture.Build("Debates are not likely to alter the campaign, noted NBC’s Dante Chinni.",
            "It drove voters to the polls, said Steven Taylor, a chairman of the party.",
            "Ana Reyes, a consultant, told Tom Lee.", "The plan is dead, said on Twitter Tom Lee.",
            "Erin Murphy, a former aide, said Mitch McConnell, the leader, was right.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "the campaign,"), (SpanRole.Cue, "noted"), (SpanRole.Content, "NBC’s Dante Chinni"),
            (SpanRole.Content, "It drove"), (SpanRole.Source, "voters to the polls,"), (SpanRole.Cue, "said"),
            (SpanRole.Source, "Ana Reyes, a consultant,"), (SpanRole.Cue, "told"), (SpanRole.Content, "Tom Lee"),
            (SpanRole.Source, "The plan is dead,"), (SpanRole.Cue, "said"), (SpanRole.Content, "on Twitter Tom Lee"),
            (SpanRole.Source, "Erin Murphy, a former aide,"), (SpanRole.Cue, "said"), (SpanRole.Content, "Mitch McConnell, the leader, was right")));
        Assert.Equal([("NBC’s Dante Chinni", "Debates are not likely to alter the campaign"), ("Steven Taylor, a chairman of the party", "It drove voters to the polls"),
            ("Ana Reyes, a consultant,", "Tom Lee"), ("The plan is dead,", "on Twitter Tom Lee"),
            ("Erin Murphy, a former aide,", "Mitch McConnell, the leader, was right")],
            found.Select(f => (f.Source.Text, f.Content.Text)));
        Assert.Equal(["Dante Chinni", "Steven Taylor"], found.Take(2).Select(f => f.Phrase?.Name));
    }

    [Fact]
    public void A_reporting_cue_left_without_content_reports_the_rest_of_its_sentence_when_that_holds_what_is_reported()
    {
        var article = ArticleFixture.Build("Local news affiliate ABC 7 is reporting that a husband and wife were detained.", "The users Mr. Lee added over the summer left.",
            "Graham said.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "Local news affiliate ABC 7"), (SpanRole.Cue, "is reporting"),
            (SpanRole.Source, "Mr. Lee"), (SpanRole.Cue, "added"), (SpanRole.Source, "Graham"), (SpanRole.Cue, "said")));
        Assert.Equal([("Local news affiliate ABC 7", "that a husband and wife were detained")], found.Select(f => (f.Source.Text, f.Content.Text)));
    }

    [Fact]
    public void A_view_left_without_content_holds_the_rest_of_its_sentence_but_a_state_or_a_passive_stays_dropped()
    {
        var article = ArticleFixture.Build("Trump's team tried to look ahead to the second night.", "The mayor has hailed the vote to close the mine.",
            "The senator is backed by most farmers in the state.", "The governor was praised for the new bridge.", "Ms. Ruiz is supporting the plan of the council.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "Trump's team"), (SpanRole.Cue, "tried to look ahead to"),
            (SpanRole.Source, "The mayor"), (SpanRole.Cue, "has hailed"), (SpanRole.Source, "The senator"), (SpanRole.Cue, "is backed"),
            (SpanRole.Source, "The governor"), (SpanRole.Cue, "was praised for"), (SpanRole.Source, "Ms. Ruiz"), (SpanRole.Cue, "is supporting")));
        Assert.Equal([("Trump's team", "the second night"), ("The mayor", "the vote to close the mine"), ("Ms. Ruiz", "the plan of the council")],
            found.Select(f => (f.Source.Text, f.Content.Text)));
    }

    [Fact]
    public void A_report_whose_source_follows_its_cue_left_without_content_reports_what_its_sentence_says_before_the_cue()
    {
        var article = ArticleFixture.Build("He spoke for an hour against the judge, according to two senators present.", "According to the mayor.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "according to"), (SpanRole.Source, "two senators present"),
            (SpanRole.Cue, "According to"), (SpanRole.Source, "the mayor")));
        Assert.Equal([("two senators present", "He spoke for an hour against the judge")], found.Select(f => (f.Source.Text, f.Content.Text)));
    }

    internal static List<TaggedSpan> Spans(Article article, params (SpanRole Role, string Text)[] spans)
    {
        var from = 0;
        return spans.Select(s =>
        {
            var start = article.Text.IndexOf(s.Text, from, StringComparison.Ordinal);
            from = start + s.Text.Length;
            var paragraph = article.Paragraphs.ToList().FindIndex(p => p.Start <= start && start < p.End);
            return new TaggedSpan(s.Role, start, from, paragraph);
        }).ToList();
    }
}
