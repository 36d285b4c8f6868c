using DocReport.Analysis;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis;

/// <summary>
/// A heading set between a speaker and a later "he" or "she", or a quotation with no cue of its own, names someone too (round 40,
/// issue 8): a heading that opens with another person of the gender as its subject gives the pronoun to that person; one that
/// names another person otherwise leaves the pronoun, and the quotation, unresolved rather than with the speaker before it.
/// </summary>
public class HeadingPersonTests
{
    private const string Inspector = "“We are looking closely at where the powders were sold,” said inspector Marta Quillan of the county police.";

    private const string Advice = "The council warned residents to keep away from the powders.";

    [Fact]
    public void A_pronoun_after_a_heading_opening_with_another_woman_is_hers()
    {
        var dataset = UnderHeading("Renata Voss issued a plea to parents after the funeral.",
            Inspector, Advice, "“My son never knew how strong those powders were,” she said. “Nobody warned him.”");
        Assert.Equal(["Renata Voss"], dataset.SpeakersOf("My son never knew"));
        Assert.Equal(["Renata Voss"], dataset.SpeakersOf("Nobody warned him"));
    }

    [Fact]
    public void A_pronoun_after_a_heading_naming_another_woman_otherwise_is_given_to_neither()
    {
        var dataset = UnderHeading("A plea from the mother, Renata Voss, after the funeral.",
            Inspector, Advice, "“My son never knew how strong those powders were,” she said.");
        Assert.Empty(dataset.SpeakersOf("My son never knew"));
        Assert.Equal(["Marta Quillan"], dataset.SpeakersOf("We are looking closely"));
    }

    [Fact]
    public void A_heading_naming_no_one_or_in_title_case_keeps_the_speaker()
    {
        var plain = UnderHeading("What the police found at the warehouse.", Inspector, Advice, "“We found hundreds of packets,” she said.");
        Assert.Equal(["Marta Quillan"], plain.SpeakersOf("We found hundreds"));
        var titleCase = UnderHeading("Grace Period Ends For Sellers", Inspector, Advice, "“We found hundreds of packets,” she said.");
        Assert.Equal(["Marta Quillan"], titleCase.SpeakersOf("We found hundreds"));
    }

    [Fact]
    public void A_quotation_with_no_cue_does_not_go_on_across_a_heading_naming_another_person()
    {
        var dataset = UnderHeading("Victor Alden runs the shop that sold the powders.",
            "“We are looking closely at where the powders were sold,” said inspector Marta Quillan.", "“Every packet will be traced to its buyer.”");
        Assert.Empty(dataset.SpeakersOf("Every packet will be traced"));
        var unbroken = UnderHeading("What the police found at the warehouse.",
            "“We are looking closely at where the powders were sold,” said inspector Marta Quillan.", "“Every packet will be traced to its buyer.”");
        Assert.Equal(["Marta Quillan"], unbroken.SpeakersOf("Every packet will be traced"));
    }

    [Fact]
    public void Only_the_headings_set_between_the_speaker_and_the_pronoun_count_among_many()
    {
        // sections after the pronoun, each under a heading opening with another woman, are passed over (round 41: the walk back
        // starts at the last heading set by the pronoun)
        string[] later = ["Helen Marsh opened a second shop downtown.", "Nadia Orlov leads the inquiry from Monday.", "Clara Dunn will testify next month."];
        var plain = InSections(["What the police found at the warehouse.", .. later], "“We found hundreds of packets,” she said.");
        Assert.Equal(["Marta Quillan"], plain.SpeakersOf("We found hundreds"));
        var named = InSections(["Renata Voss issued a plea to parents after the funeral.", .. later], "“My son never knew how strong those powders were,” she said.");
        Assert.Equal(["Renata Voss"], named.SpeakersOf("My son never knew"));
    }

    // The inspector and the advice, then the quotation under the first heading, then a paragraph under each later heading
    private static ArticleDataset InSections(string[] headings, string quotation)
    {
        string[] paragraphs = [Inspector, Advice, quotation, .. headings.Skip(1).Select((_, i) => $"The shop stays closed for week {i + 1} of the inquiry.")];
        var article = ArticleFixture.Build(paragraphs);
        article = article with { Paragraphs = article.Paragraphs.Select((p, i) => p with { Section = i < 2 ? null : headings[i - 2] }).ToList() };
        return new ArticleAnalyzer(new PipelineOptions { ClaimThreshold = 0 }).Analyze(article);
    }

    // The paragraphs, the last one (and only it) under the heading given
    private static ArticleDataset UnderHeading(string heading, params string[] paragraphs)
    {
        var article = ArticleFixture.Build(paragraphs);
        article = article with { Paragraphs = article.Paragraphs.Select((p, i) => p with { Section = i == paragraphs.Length - 1 ? heading : null }).ToList() };
        return new ArticleAnalyzer(new PipelineOptions { ClaimThreshold = 0 }).Analyze(article);
    }
}
