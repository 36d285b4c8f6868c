using DocReport.Analysis;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Tests.Analysis;

/// <summary>
/// The analysis counts a paragraph through once every step working on it side by side is: the claims, the tagger and the
/// rules. Before round 29 the rules told nothing, so a long document showed "N of N paragraphs" while they were still running.
/// </summary>
public class LeastThroughTests
{
    [Fact]
    public void The_count_told_is_the_least_of_the_steps_and_only_grows()
    {
        var told = new List<int>();
        var through = new LeastThrough(3, told.Add);

        through.Step(0)(5);
        through.Step(1)(8);
        Assert.Empty(told);
        through.Step(2)(2);
        through.Step(2)(9);
        through.Step(0)(7);
        through.Step(0)(6);
        through.Step(1)(9);
        through.Step(0)(9);

        Assert.Equal([2, 5, 7, 9], told);
    }

    [Fact]
    public void The_rules_tell_each_paragraph_as_they_finish_it()
    {
        var article = ArticleFixture.Build(
            "The council met on Monday to discuss the new bridge.",
            "The mayor said the bridge would open in the spring.",
            "“It will carry four lanes,” an engineer said. Work starts in May.");
        var told = new List<int>();

        var found = AttributionRules.Extract(article, QuotationFinder.Find(article), told.Add);

        Assert.Equal([1, 2, 3], told);
        Assert.Equal(found.Select(f => f.Cue.Text), AttributionRules.Extract(article, QuotationFinder.Find(article)).Select(f => f.Cue.Text));
        Assert.Contains(found, f => f.Source.Text == "The mayor");
    }

    [Fact]
    public void The_extractor_counts_a_paragraph_once_both_the_tagger_and_the_rules_are_past_it()
    {
        var article = ArticleFixture.Build(
            "The council met on Monday to discuss the new bridge.",
            "The mayor said the bridge would open in the spring.",
            "“It will carry four lanes,” an engineer said. Work starts in May.",
            "Residents said they wanted a cycle lane as well.");
        var told = new List<int>();

        AttributionExtractor.Extract(article, AttributionTagger.Shared, told.Add);

        Assert.True(told.Zip(told.Skip(1)).All(p => p.First < p.Second), string.Join(", ", told));
        Assert.Equal(4, told[^1]);
    }
}
