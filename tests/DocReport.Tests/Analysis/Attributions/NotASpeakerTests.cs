using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>Words read as a reporting verb or a speaker that are neither: plural nouns, states, guesses, requests, objects.</summary>
public class NotASpeakerTests
{
    [Theory]
    [InlineData("Councilman Ravi Ostrander resisted calls to close the library branch on Elm Street.")]
    [InlineData("Mayor Ines Falcke repeated claims about the budget at every rally in March.")]
    public void A_reporting_word_after_a_determiner_or_a_past_verb_is_a_plural_noun(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void Whom_someone_writes_for_is_no_report()
    {
        var writes = Analyzed.Of("Dana Kittering founded a fan site for ferry spotters and writes for the Harbour Courier too.");
        Assert.Empty(writes.Sources);
        var reports = Analyzed.Of("Dana Kittering wrote for the Harbour Courier that the ferry fares were far too high.");
        Assert.Contains(reports.Sources, s => s.Name == "Dana Kittering");
    }

    [Fact]
    public void A_participle_between_a_number_and_a_plural_noun_describes_the_noun()
    {
        var counted = Analyzed.Of("Entering the final week, Janet Holloway led Peter Marsh by nearly 200 pledged delegates.");
        Assert.Empty(counted.Sources);
        var reported = Analyzed.Of("Mayor Ana Ruiz, first elected in 2008, criticized the harbor plan in a speech on Monday.");
        Assert.Contains(reported.Sources, s => s.Name == "Ana Ruiz");
    }

    [Theory]
    [InlineData("The biggest dailies in those states have endorsed her.", true)]
    [InlineData("Two states have sued.", true)]
    [InlineData("The county report states that the budget is short.", false)]
    [InlineData("A memo that claims the budget is short was leaked.", false)]
    public void A_plural_noun_is_told_from_the_verb_by_the_word_before_it(string sentence, bool noun)
    {
        var word = Regex.Match(sentence, @"\b(?:states|claims)\b");
        Assert.Equal(noun, NounCue.IsNoun(sentence, new Span(word.Value, word.Index, word.Index + word.Length)));
    }

    [Fact]
    public void The_same_word_after_its_subject_still_reports()
    {
        var dataset = Analyzed.Of("The county auditor Ines Falcke claims that the budget is short by $3 million.");
        Assert.Contains(dataset.Sources, s => s.Name == "Ines Falcke");
    }

    [Theory]
    [InlineData("Mayor Anton Brask has faced criticism in the town after the library closed.", "Mayor Anton Brask", "criticism", true)]
    [InlineData("The harbour plan has drawn sharp criticism from fishermen.", "The harbour plan", "has drawn sharp criticism from", true)]
    [InlineData("The regional health agency received reports that the water smelled of diesel.", "The regional health agency received", "reports", true)]
    [InlineData("County police are investigating claims of fraud against the port board.", "County police", "are investigating claims of", true)]
    [InlineData("The singer's fan page still received its fair share of messages mocking her voice.", "The singer's fan page", "messages mocking", true)]
    [InlineData("The clinic's hotline drew a flood of angry complaints after the closure.", "The clinic's hotline", "complaints", true)]
    [InlineData("Mayor Anton Brask reviewed the complaints and said that the water was clean.", "Mayor Anton Brask", "said", false)]
    [InlineData("Mayor Anton Brask drew up a plan and told reporters it would pass.", "Mayor Anton Brask", "told", false)]
    public void Who_faces_draws_or_looks_into_what_others_said_is_not_its_speaker(string sentence, string source, string cue, bool receives)
    {
        var (s, c) = (sentence.IndexOf(source, StringComparison.Ordinal), sentence.IndexOf(cue, sentence.IndexOf(source, StringComparison.Ordinal) + source.Length, StringComparison.Ordinal));
        Assert.Equal(receives, ReceivedSpeech.Receives(sentence, new Span(source, s, s + source.Length), new Span(cue, c, c + cue.Length)));
    }

    [Fact]
    public void Police_and_prosecutors_investigating_claims_are_no_sources()
    {
        var dataset = Analyzed.Of("County police and prosecutors are investigating claims of bribery against the harbour board.");
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void Find_with_a_reflexive_object_tells_a_state()
    {
        var dataset = Analyzed.Of("Two years later, former governor Adam Velkov finds himself mired in lawsuits over the canal contract.");
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void A_hedge_of_the_writer_before_the_verb_is_a_guess_at_what_they_thought()
    {
        var dataset = Analyzed.Of("These Texas and Ohio party officials probably expected that the members would turn away from Lee.");
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void A_request_opened_by_please_has_no_speaker()
    {
        var dataset = Analyzed.Of("Your book calls markets a kind of collective mind. Please explain such a strange idea.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Please", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void What_follows_called_for_is_what_was_asked_not_who_asked()
    {
        var dataset = Analyzed.Of("The party's 2016 manifesto, for instance, called for weaker Main Street, farm, and road safety rules; lower fees for banks and the rich.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Main Street", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_runs_across_no_sentence_end()
    {
        var dataset = Analyzed.Of(
            "Edith Marrow disliked the scheme from the start. It did not spring from nowhere, like the huntress Diana. But it is worth recalling that the plan had few friends.",
            "The trouble, as she noted in her diary, was that “the plan had too many enemies.”");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Diana", StringComparison.Ordinal));
    }

    [Fact]
    public void A_common_word_capitalised_before_a_name_is_no_given_name()
    {
        var scanner = new FirstNameScanner("The caucus wore blue hats. Members of the Blue Farmers praised it, and young Farmers objected.");
        Assert.Null(scanner.FullNameOf("Farmers"));
    }

    [Fact]
    public void A_name_inside_an_opening_if_clause_is_not_the_subject_of_a_verb_after_it()
    {
        var dataset = Analyzed.Of("If Palmer ever saw the audit, Okafor would have been furious, telling reporters, “It was a disgrace from start to finish.”");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Palmer", StringComparison.Ordinal));
    }

    [Fact]
    public void Of_two_full_names_a_source_span_runs_through_the_one_next_to_the_verb_speaks()
    {
        Assert.Equal("Betty Ansell", SourceSpanReader.Read("her and the writer/activist Peter Hallam, Betty Ansell")?.Name);
    }

    [Theory]
    [InlineData("Dr. Lena Ortiz, a board-certified dermatologist and the founder Skin Atlas", "Ortiz")]
    [InlineData("Mark Orwell, Group President, Asia Pacific, Lantern Hotels Corporation", "Orwell")]
    public void A_span_that_opens_with_a_name_is_that_person_not_the_body_in_her_titles(string span, string surname)
    {
        Assert.Contains(surname, SourceSpanReader.Read(span)?.Name);
    }

    [Fact]
    public void A_reporting_verb_tagged_with_its_document_before_a_colon_is_not_part_of_the_name()
    {
        Assert.DoesNotContain("states", SourceSpanReader.Read("The WMO report states")?.Name);
    }

    [Fact]
    public void A_place_after_a_relative_clause_in_the_span_is_not_the_speaker()
    {
        var dataset = Analyzed.Of("“This is very good news,” says Ilse Marta Vonk, who studies tides at the University of Maine, Orono.");
        Assert.Contains(dataset.Sources, s => s.Name == "Ilse Marta Vonk");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Orono");
    }

    [Fact]
    public void The_show_someone_told_is_not_a_second_speaker()
    {
        var dataset = Analyzed.Of("Many doctors agree with her.",
            "Professor of health policy Rhea Dunn, for instance, told the Claire Whitby TV show, “Blaming people is the wrong way forward.”");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Whitby"));
        Assert.DoesNotContain(dataset.Attributions, a => a.Source.Text.StartsWith("told"));
    }

    [Fact]
    public void Whom_a_letter_went_to_is_not_who_noted_it()
    {
        var dataset = Analyzed.Of("Her letter to the council noted that rents had doubled since 2019.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("council"));
    }

    [Theory]
    [InlineData("The harbour fee was cut by half, according to the council.")]
    [InlineData("To settle it, they turned to the Harwick Harbour Council which reported “212 landings” in May.")]
    public void A_body_after_according_to_or_opening_a_clause_after_to_is_still_cited(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Contains(dataset.Sources, s => s.Name.Contains("council", StringComparison.OrdinalIgnoreCase));
    }
}
