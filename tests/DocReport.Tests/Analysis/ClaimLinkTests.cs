using System.Text.Json;
using DocReport.Model;

namespace DocReport.Tests.Analysis;

public class ClaimLinkTests
{
    [Fact]
    public void Attributed_claim_is_linked_and_the_source_lists_it()
    {
        var dataset = Analyzed.Of("The UK Ministry of Defence reported over 220 attacks on military enlistment offices in Russia.");
        var claim = Assert.Single(dataset.Claims);
        var source = dataset.SourceNamed("UK Ministry of Defence");
        Assert.Equal(SourceKind.Government, source.Kind);
        Assert.Equal([source.Id], claim.SourceIds);
        Assert.Equal([claim.Id], source.ClaimIds);
        Assert.Contains(ClaimType.Attribution, claim.Types);
    }

    [Fact]
    public void Unattributed_claim_stays_unlinked_even_next_to_an_attributed_one()
    {
        var dataset = Analyzed.Of("The agency said 83 children were admitted to hospital. Two of them died in October.");
        Assert.NotEmpty(dataset.ClaimContaining("83 children").SourceIds);
        var unattributed = dataset.ClaimContaining("Two of them died");
        Assert.Empty(unattributed.SourceIds);
        Assert.DoesNotContain(ClaimType.Attribution, unattributed.Types);
    }

    [Fact]
    public void A_report_told_inside_another_s_content_links_its_sentence_to_neither_a_named_nor_an_unknown_teller()
    {
        var dataset = Analyzed.Of("Dr. Anna Lindqvist said cases had tripled. The loggers told investigators that tragedy struck. They claimed that Lindqvist had told them to stay behind while she walked farther into the jungle.");
        Assert.Empty(dataset.ClaimContaining("stay behind").SourceIds);
    }

    [Fact]
    public void When_where_and_to_whom_a_report_was_made_do_not_keep_its_claim_unlinked()
    {
        var dataset = Analyzed.Of(
            "The ferry will stop running in May, Harbour Commissioner Ruth Calloway told reporters at a briefing in Leith on Tuesday evening.",
            "Harbour Commissioner Ruth Calloway told reporters the night crossing will stop running in June at a briefing in Leith on Tuesday evening.");
        Assert.Equal(["Ruth Calloway"], dataset.SourceNamesOf(dataset.ClaimContaining("ferry will stop")));
        Assert.Equal(["Ruth Calloway"], dataset.SourceNamesOf(dataset.ClaimContaining("night crossing")));
    }

    [Fact]
    public void A_report_in_a_participle_after_what_its_source_did_links_its_claim()
    {
        var dataset = Analyzed.Of("Mayor Delia Farrow opened the budget hearing on Tuesday, saying the county would run out of road salt by February.");
        Assert.Equal(["Delia Farrow"], dataset.SourceNamesOf(Assert.Single(dataset.Claims)));
    }

    [Fact]
    public void Records_after_a_common_noun_are_what_the_sentence_is_about_not_a_source()
    {
        var dataset = Analyzed.Of(
            "Dunmore met Ortiz at the county office on Monday.",
            "Several paper records that Ortiz requested are already held in a county vault, and there is no need to copy them, Dunmore told Ortiz.");
        Assert.DoesNotContain(dataset.Sources, s => s.Kind == SourceKind.Document);
        Assert.DoesNotContain(dataset.Claims, c => c.SourceIds.Count > 1);
    }

    [Fact]
    public void Turning_up_somewhere_is_no_claim_of_the_one_who_did()
    {
        var dataset = Analyzed.Of("Two years later, Mira Olsen showed up at the observatory with a degree in physics and no job.");
        Assert.Empty(Assert.Single(dataset.Claims).SourceIds);
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Mira Olsen");
    }

    [Fact]
    public void What_the_writer_reads_from_numbers_is_no_source_but_numbers_cited_are()
    {
        var dataset = Analyzed.Of("The data suggests that most riders pay the higher fare. According to census figures, the valley lost 400 people last year.");
        Assert.Empty(dataset.SourceNamesOf(dataset.ClaimContaining("higher fare")));
        Assert.Equal(SourceKind.Document, Assert.Single(dataset.Sources).Kind);
    }

    [Fact]
    public void A_question_argued_over_is_no_report_of_those_who_argue()
    {
        var dataset = Analyzed.Of("Historians have long argued over why the mill closed in 1931. The two councils disagreed on whether the bridge should be rebuilt.");
        Assert.Empty(dataset.Sources);
        Assert.All(dataset.Claims, c => Assert.Empty(c.SourceIds));
    }

    [Fact]
    public void A_statement_told_as_hearsay_links_no_claim_to_its_speaker()
    {
        var dataset = Analyzed.Of("Samir Haddad said he knew the area well.", "Haddad reportedly instructed the men to listen out for his last shot.");
        Assert.NotEmpty(dataset.ClaimContaining("knew the area").SourceIds);
        Assert.Empty(dataset.ClaimContaining("listen out").SourceIds);
    }

    [Fact]
    public void Every_claim_has_a_type_and_one_that_fits_none_is_other()
    {
        var dataset = Analyzed.Of("The bridge is made of steel. The minister said 40 people were hurt on Monday.");

        Assert.All(dataset.Claims, c => Assert.NotEmpty(c.Types));
        Assert.Equal([ClaimType.Other], dataset.ClaimContaining("made of steel").Types);
        Assert.DoesNotContain(ClaimType.Other, dataset.ClaimContaining("40 people").Types);
    }

    [Fact]
    public void Cue_inside_a_subordinate_clause_does_not_attribute_the_sentence()
    {
        var dataset = Analyzed.Of("In September 2023, one year after Putin announced a partial mobilization, the first groups of women demanding the return of soldiers surfaced.");
        Assert.Equal("announced", dataset.AttributionFrom("Putin").Cue.Text);
        Assert.Empty(Assert.Single(dataset.Claims).SourceIds);
    }

    [Fact]
    public void Announcement_in_a_time_clause_is_an_event_that_names_no_cited_source()
    {
        var dataset = Analyzed.Of("And shortly after midnight, about five hours before Meadows announced, Bennett posted photos of herself with the congressman.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Meadows");
        Assert.All(dataset.Attributions.Where(a => a.Source.Text == "Meadows"), a => Assert.Null(a.SourceId));
        Assert.Empty(Assert.Single(dataset.Claims).SourceIds);
    }

    [Fact]
    public void Attribution_that_does_not_report_has_no_source_even_when_its_source_is_cited_elsewhere()
    {
        var dataset = Analyzed.Of("“Mark is held in high esteem,” said Aubrey Woodard, the party chairman.", "She plans to endorse nobody in the race.");
        Assert.All(dataset.Attributions.Where(a => a.Source.Text == "She"), a => Assert.Null(a.SourceId));
        Assert.Empty(dataset.ClaimContaining("endorse nobody").SourceIds);
    }

    [Fact]
    public void Ids_run_in_reading_order_and_every_span_slices_the_text()
    {
        var dataset = Analyzed.Of(
            "“Two doses protect 97 per cent of people,” said Dr. Anna Lindqvist. She said uptake had fallen.",
            "According to the agency, 83 children were admitted to hospital, the Ministry of Health said.");
        Assert.Equal(Enumerable.Range(1, dataset.Claims.Count).Select(i => $"C{i}"), dataset.Claims.Select(c => c.Id));
        Assert.Equal(Enumerable.Range(1, dataset.Attributions.Count).Select(i => $"A{i}"), dataset.Attributions.Select(a => a.Id));
        Assert.Equal(Enumerable.Range(1, dataset.Sources.Count).Select(i => $"S{i}"), dataset.Sources.Select(s => s.Id));
        foreach (var span in dataset.Attributions.SelectMany(a => new[] { a.Source, a.Cue, a.Content }))
            Assert.Equal(span.Text, dataset.Text[span.Start..span.End]);
        foreach (var claim in dataset.Claims)
        {
            Assert.Equal(claim.Text, dataset.Text[claim.Start..claim.End]);
            Assert.All(claim.Evidence, e => Assert.Equal(e.Text, dataset.Text[e.Start..e.End]));
        }
        Assert.True(dataset.Attributions.Zip(dataset.Attributions.Skip(1)).All(p => Math.Min(p.First.Source.Start, p.First.Cue.Start) <= Math.Min(p.Second.Source.Start, p.Second.Cue.Start)));
    }

    [Fact]
    public void Same_article_gives_the_same_dataset()
    {
        string[] paragraphs = ["The council said repairs would cost £6.4 million.", "“We did not take this lightly,” Daniel Okafor said. He added that a footbridge would open in May."];
        Assert.Equal(JsonSerializer.Serialize(Analyzed.Of(paragraphs)), JsonSerializer.Serialize(Analyzed.Of(paragraphs)));
    }
    [Fact]
    public void A_report_in_a_clause_opened_by_even_as_does_not_take_the_sentence_from_the_main_speaker()
    {
        var dataset = Analyzed.Of(
            "Senator Maren Holt spoke on the ferry bill on Tuesday.",
            "She also claimed the fare cuts would pay for themselves even as the Harbour Budget Office estimated that they would add 40 million crowns to the deficit every year until 2030.");
        Assert.Equal(["Maren Holt"], dataset.SourceNamesOf(dataset.ClaimContaining("pay for themselves")));
    }

    [Fact]
    public void A_report_opened_by_while_after_an_unknown_speaker_leaves_the_sentence_unlinked()
    {
        var dataset = Analyzed.Of(
            "The ferry bill passed on Tuesday.",
            "Some members suggested the fares were fair, while Tom Hart, the harbour master, said that the new timetable would leave the island without a boat on most Sunday evenings in the winter.");
        Assert.Empty(dataset.ClaimContaining("without a boat").SourceIds);
    }

    [Fact]
    public void A_report_after_a_clause_that_reports_nothing_keeps_the_sentence()
    {
        var dataset = Analyzed.Of("As the ferry bill passed on Tuesday, Tom Hart said that the new timetable would leave the island without a boat on most Sunday evenings.");
        Assert.Equal(["Tom Hart"], dataset.SourceNamesOf(dataset.ClaimContaining("without a boat")));
    }

    [Theory]
    [InlineData("In the meantime, the governor also indicated that she will speed up the release of the harbour inquiry report.")]
    [InlineData("The governor said on Friday that she would publish the findings of the harbour inquiry report.")]
    public void A_cue_word_ending_the_sentence_hides_no_report_before_it(string sentence)
    {
        var dataset = Analyzed.Of("Governor Maria Castellanos met the harbour board on Thursday to discuss the flooding.", sentence);
        Assert.Equal(["Maria Castellanos"], dataset.SourceNamesOf(dataset.ClaimContaining("harbour inquiry")));
    }

    [Fact]
    public void A_report_at_the_end_of_a_sentence_with_nothing_after_its_cue_takes_the_sentence()
    {
        var dataset = Analyzed.Of("Last spring, the council quietly doubled the parking fees near the harbour, the Harbour Gazette reported.");
        Assert.Equal(["Harbour Gazette"], dataset.SourceNamesOf(dataset.ClaimContaining("parking fees")));
    }

    [Fact]
    public void A_report_with_nothing_after_its_cue_inside_another_clause_does_not_take_the_sentence()
    {
        var dataset = Analyzed.Of("Mayor Ines Duarte visited the docks on Monday.",
            "The bill gave the farmers what they wanted: it widened the canal by 40 metres, while it also built the locks that Ms. Duarte demanded.");
        Assert.DoesNotContain("Ines Duarte", dataset.SourceNamesOf(dataset.ClaimContaining("widened the canal")));
    }
}
