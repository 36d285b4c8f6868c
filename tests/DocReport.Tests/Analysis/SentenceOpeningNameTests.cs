using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// The names a user reads in the Sources sheet when a sentence opens with a capitalised word that is no body's name ("Engineers
/// from the agency said", "Former aides said", "Unnamed Democratic aides said") a title word opens a company's name ("General Electric said"), an office ends in
/// "general", or a colon frame gives a surname alone (issue 8).
/// </summary>
public class SentenceOpeningNameTests
{
    private const string Next = "The agency has not published the full report on the closure.";

    [Theory]
    // a plural agent noun opening the sentence, placed by what follows it, is a group of people
    [InlineData("Engineers from the agency said the bridge would reopen in May.", "Engineers from the agency", "unnamed engineers")]
    [InlineData("Economists who study the region said growth would slow next year.", "Economists who study the region", "unnamed economists")]
    // a capitalised adjective of when or where a role is held describes the group
    [InlineData("Former aides said the governor had known about the leak for weeks.", "Former aides", "unnamed former aides")]
    [InlineData("Local officials said the road would stay closed until Friday.", "Local officials", "unnamed local officials")]
    // a party's adjective describes the people, opening the sentence or not
    [InlineData("Unnamed Democratic aides said the vote would slip to June.", "Unnamed Democratic aides", "unnamed Democratic aides")]
    [InlineData("On Monday, several Democratic aides said the vote would slip to June.", "several Democratic aides", "unnamed Democratic aides")]
    // and keeps its capital where the text writes the word in lower case too
    [InlineData("Democratic aides said the democratic process had been ignored.", "Democratic aides", "unnamed Democratic aides")]
    public void A_capital_that_opens_a_description_names_no_body(string sentence, string source, string name)
    {
        var dataset = Analyzed.Of(sentence, Next);
        var found = dataset.SourceOf(dataset.AttributionFrom(source));
        Assert.Equal(name, found.Name);
        Assert.NotEqual(SourceKind.Organization, found.Kind);
    }

    [Fact]
    public void A_surname_the_text_gives_in_full_stays_the_person_before_a_complement()
    {
        var dataset = Analyzed.Of("Anna Rogers, who runs the inspection team, visited the bridge on Monday.",
            "Rogers from the agency said the bridge would reopen in May.", Next);
        Assert.Equal("Anna Rogers", dataset.SourceOf(dataset.AttributionFrom("Rogers from the agency")).Name);
    }

    [Theory]
    [InlineData("General Electric said its profits fell by a third.", "General Electric", "General Electric", SourceKind.Organization)]
    [InlineData("General Motors said it would cut 500 jobs.", "General Motors", "General Motors", SourceKind.Organization)]
    // the title before a person's name is still a title
    [InlineData("General Rafe Okoro said the troops would leave in May.", "General Rafe Okoro", "Rafe Okoro", SourceKind.Person)]
    public void A_title_word_opening_a_company_name_is_part_of_the_name(string sentence, string source, string name, SourceKind kind)
    {
        var dataset = Analyzed.Of(sentence, Next);
        var found = dataset.SourceOf(dataset.AttributionFrom(source));
        Assert.Equal((name, kind), (found.Name, found.Kind));
    }

    [Fact]
    public void General_after_an_office_is_the_office_not_the_cue()
    {
        var dataset = Analyzed.Of("The solicitor general argued that the rule was lawful and should stand.", Next);
        var attribution = dataset.AttributionFrom("The solicitor general");
        Assert.Equal(("The solicitor general", "argued"), (attribution.Source.Text, attribution.Cue.Text));
    }

    [Theory]
    [InlineData("The attorney general argued that the rule was lawful and should stand.")]
    [InlineData("The solicitor general argued that the rule was lawful and should stand.")]
    public void An_office_ending_in_general_is_not_the_last_speaker(string sentence)
    {
        var dataset = Analyzed.Of("Tom Lynch, the union leader, said the rule was unfair to dock workers.", sentence);
        Assert.DoesNotContain("Tom Lynch", dataset.SpeakersOf("the rule was lawful"));
    }

    [Fact]
    public void A_colon_frame_with_a_surname_is_the_person_named_in_full_before()
    {
        var dataset = Analyzed.Of("Tom Lynch, who leads the dock workers' union, called the offer an insult on Monday.",
            "Lynch: we will not back down until the port pays what it owes.");
        Assert.Equal(["Tom Lynch"], dataset.SpeakersOf("we will not back down"));
    }

    [Fact]
    public void A_colon_after_a_common_word_is_no_attribution()
    {
        var dataset = Analyzed.Of("Tom Lynch, who leads the dock workers' union, called the offer an insult on Monday.",
            "Update: talks will resume on Friday morning at the harbour office.");
        Assert.Empty(dataset.SpeakersOf("talks will resume"));
    }

    [Fact]
    public void A_surname_before_a_colon_in_the_third_person_is_a_label()
    {
        var dataset = Analyzed.Of("Tom Lynch, who leads the dock workers' union, called the offer an insult on Monday.",
            "Lynch: the port has until Friday to answer the union's letter.");
        Assert.Empty(dataset.SpeakersOf("the port has until Friday"));
    }
}
