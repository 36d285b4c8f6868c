using DocReport.Analysis.Sources;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>Words read as a reporting verb or a speaker that are neither: plural nouns, states, guesses, requests, objects.</summary>
public class NotASpeakerTests
{
    [Theory]
    [InlineData("The largest dailies in those states have backed the governor’s rival this month.")]
    [InlineData("Councilman Ravi Ostrander resisted calls to close the library branch on Elm Street.")]
    [InlineData("Mayor Ines Falcke repeated claims about the budget at every rally in March.")]
    public void A_reporting_word_after_a_determiner_or_a_past_verb_is_a_plural_noun(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void The_same_word_after_its_subject_still_reports()
    {
        var dataset = Analyzed.Of("The county auditor Ines Falcke claims that the budget is short by $3 million.");
        Assert.Contains(dataset.Sources, s => s.Name == "Ines Falcke");
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
        var dataset = Analyzed.Of("The county's union leaders probably expected that the council would approve the raise.");
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
    public void The_noun_before_a_passive_participle_and_by_is_what_was_acted_on()
    {
        var dataset = Analyzed.Of("Will they vote as farmers ignored by city planners, or as parents worried about schools?");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("farmers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_runs_across_no_sentence_end()
    {
        var dataset = Analyzed.Of(
            "The plan rose fully formed, like the goddess Minerva. But it is worth recalling that Edith Marrow had doubts.",
            "The trouble, as she wrote in her diary, was that the plan had too few friends.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Minerva", StringComparison.Ordinal));
    }

    [Fact]
    public void A_common_word_capitalised_before_a_name_is_no_given_name()
    {
        var scanner = new FirstNameScanner("The caucus wore blue hats. Members of the Blue Farmers praised it, and young Farmers objected.");
        Assert.Null(scanner.FullNameOf("Farmers"));
    }
}
