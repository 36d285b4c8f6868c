using System.Text;
using DocReport.Analysis.Claims;
using DocReport.Bench.ClaimTraining;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Bench;

// Round 45's candidate features of bench/ClaimTraining: what the page's own analysis says of a sentence (its attributions, the
// share of it that is reported content, its paragraph's ordinal).
public class AnalysisFeaturesTests
{
    private const string Article = "Bridge to reopen in spring\n\n" +
        "The old river bridge will reopen on 14 April, Mayor Ines Pena said on Monday. “We are ready,” Pena told reporters.\n\n" +
        "The bridge was built in 1902.\n\n" +
        "Marta Gonzalez believes the work has taken too long.";

    private static (ArticleDataset Dataset, Dictionary<string, List<string>> Features) Analysed()
    {
        var result = new PipelineBuilder().Build().Convert(new SourceFile("bridge.txt", Encoding.UTF8.GetBytes(Article)));
        Assert.True(result.Succeeded, result.Error);
        return (result.Dataset!, AnalysisFeatures.Of(result.Dataset!));
    }

    private static List<string> Of(string start)
    {
        var (dataset, features) = Analysed();
        return features[dataset.Paragraphs.SelectMany(p => p.Sentences).Single(s => s.Text.StartsWith(start, StringComparison.Ordinal)).Id];
    }

    [Fact]
    public void A_sentence_that_frames_speech_has_its_kind_and_its_content()
    {
        var features = Of("The old river bridge");
        Assert.Contains("a:frame:Speech", features);
        Assert.DoesNotContain("a:content:none", features);
        Assert.Contains("a:reports:Speech:evidence", features);
        Assert.DoesNotContain("a:unattributed", features);
    }

    [Fact]
    public void A_direct_quotation_is_quoted()
    {
        Assert.Contains(Of("“We are ready").Where(f => f.StartsWith("a:", StringComparison.Ordinal)), f => f.StartsWith("a:quoted:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_narrated_fact_is_unattributed_with_its_paragraph_ordinal()
    {
        var features = Of("The bridge was built");
        Assert.Contains("a:unattributed", features);
        Assert.Contains("a:content:none", features);
        Assert.DoesNotContain(features, f => f.StartsWith("a:frame:", StringComparison.Ordinal) || f == "a:paragraph-attributed");
        Assert.Single(features, f => f.StartsWith("a:para:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_belief_is_told_from_speech()
    {
        var features = Of("Marta Gonzalez believes");
        Assert.DoesNotContain("a:frame:Speech", features);
        Assert.Contains(features, f => f is "a:frame:Belief" or "a:frame:View");
        Assert.DoesNotContain(features, f => f.StartsWith("a:reports:", StringComparison.Ordinal) && f.EndsWith(":evidence", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_sentences_read_in_an_article_take_the_frozen_features()
    {
        var sentence = new LabelledSentence("page.txt/P1.S1", "The bridge was built in 1902.", true, new SentenceContext(BlockKind.Paragraph, 0, 1, 30, 0.5, false));
        EncodedSet.Analysis = new() { [AnalysisFeatures.Key(sentence)] = ["a:unattributed"] };
        try
        {
            Assert.Contains("a:unattributed", EncodedSet.FeaturesOf(sentence));
            Assert.DoesNotContain("a:unattributed", EncodedSet.FeaturesOf(sentence with { Context = null }));
        }
        finally
        {
            EncodedSet.Analysis = null;
        }
    }
}
