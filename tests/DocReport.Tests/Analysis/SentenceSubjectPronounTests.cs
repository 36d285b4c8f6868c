namespace DocReport.Tests.Analysis;

/// <summary>
/// A "he" or "she" whose own sentence names the person it stands for as its subject: after an apposition between the subject
/// and its verb ("Nadia Forsythe, 18, was dubious ... but she"), or before it, inside an opening clause ("Though she called
/// the levy reckless, Senator Ada Morrow ..."); and "its" before a reporting noun, the body "it" stands for.
/// </summary>
public class SentenceSubjectPronounTests
{
    [Theory]
    [InlineData("Nadia Forsythe, 18, was dubious when she was introduced to rowing through her brother, but she soon decided that rowing suited her better.", "Nadia Forsythe")]
    [InlineData("Nadia Forsythe, 18, met Ivy Lund, and she soon decided that rowing suited her better.", null)]
    public void She_after_an_apposition_of_the_sentences_subject_is_that_subject(string sentence, string? source)
    {
        var dataset = Analyzed.Of(
            "“Rowing gave me a place in this city,” said Lena Marsh, a coach.",
            sentence,
            "“I sold the bike but kept the oars,” she said with a grin.");
        Assert.Equal(source is null ? Array.Empty<string>() : new[] { source }, dataset.SourceNamesOf(dataset.ClaimContaining("kept the oars")));
    }

    [Fact]
    public void She_opening_a_clause_before_the_sentences_subject_is_that_subject()
    {
        var dataset = Analyzed.Of(
            "“The levy is unfair to farmers,” said Mayor Lina Dorsey on Tuesday.",
            "The senate will vote on the rail levy next week.",
            "Though she called the levy “reckless” and asked for a vote on it, Senator Ada Morrow stopped short of opposing the bill.");
        Assert.Equal(["Ada Morrow"], dataset.SpeakersOf("stopped short"));
    }

    [Theory]
    [InlineData("Though she called the levy “reckless” and asked Nina Vale for a vote on it, Senator Ada Morrow stopped short of opposing the bill.", "Ada Morrow")]
    [InlineData("Though she called the levy “reckless” and asked for a vote on it, Senator Tom Harlow stopped short of opposing the bill.", "Tom Harlow")]
    public void She_is_not_a_subject_after_another_woman_named_in_the_clause_nor_a_man(string sentence, string subject)
    {
        var dataset = Analyzed.Of(
            "“The levy is unfair to farmers,” said Mayor Lina Dorsey on Tuesday.",
            "The senate will vote on the rail levy next week.",
            sentence);
        Assert.DoesNotContain(subject, dataset.SpeakersOf("stopped short"));
    }

    [Theory]
    [InlineData("", "Northgate Monetary Fund")]
    [InlineData(" The European Central Bank met on Monday.", null)]
    public void Its_before_a_reporting_noun_is_the_body_it_stands_for(string between, string? source)
    {
        var dataset = Analyzed.Of(
            "Slower growth in rich nations is being offset by faster growth in poorer ones, the Northgate Monetary Fund said on Tuesday." + between,
            "It edged up its forecast for those countries by 0.1 percentage points to 4.2 percent.");
        Assert.Equal(source is null ? Array.Empty<string>() : new[] { source }, dataset.SpeakersOf("edged up its forecast"));
    }
}
