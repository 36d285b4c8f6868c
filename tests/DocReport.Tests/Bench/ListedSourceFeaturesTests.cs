using DocReport.Bench;
using DocReport.Tests.Analysis;

namespace DocReport.Tests.Bench;

// bench/Shared/ListedSourceFeatures.cs describes each listed source for the listing files that bench/PolnearEval's
// listing-table learns from: a vector per source and (round 36) the words of its cues, name and mentions, one tab-separated
// column. The article is made up.
public sealed class ListedSourceFeaturesTests
{
    private static readonly string[] Paragraphs =
    [
        "The harbour board will close the old pier in March, the board's chair Ada Greene said on Monday.",
        "\"We cannot keep it safe through another winter,\" Greene told reporters.",
    ];

    [Fact]
    public void Each_source_gets_one_vector_of_every_feature_and_one_line_of_words()
    {
        var dataset = Analyzed.Of(Paragraphs);
        Assert.NotEmpty(dataset.Sources);
        Assert.All(ListedSourceFeatures.Of(dataset), vector => Assert.Equal(ListedSourceFeatures.Names.Length, vector.Length));
        Assert.Equal(dataset.Sources.Count, ListedSourceFeatures.Words(dataset).Count);
    }

    [Fact]
    public void The_words_name_the_cues_and_the_name_lower_cased_once_each_without_tabs()
    {
        var dataset = Analyzed.Of(Paragraphs);
        var index = dataset.Sources.ToList().FindIndex(s => s.Name.Contains("Greene", StringComparison.Ordinal));
        var words = ListedSourceFeatures.Words(dataset)[index].Split(' ');
        Assert.Contains("name:greene", words);
        Assert.Contains("cue:said", words);
        Assert.Contains("cue:told", words);
        Assert.Equal(words.Length, words.Distinct().Count());
        Assert.All(words, w => Assert.DoesNotContain('\t', w));
        Assert.All(words, w => Assert.Equal(w.ToLowerInvariant(), w));
    }
}
