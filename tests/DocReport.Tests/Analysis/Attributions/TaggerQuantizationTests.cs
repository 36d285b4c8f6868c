using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Resources;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>
/// The weights file rounds each weight to 16 bits. Float weights that differ from the embedded ones by an eighth of a
/// unit of that scale (the file keeps differences of two weights, and the scale itself moves a little) must round back to them, and must tag a few articles exactly as the file's weights do.
/// </summary>
public class TaggerQuantizationTests
{
    private static readonly string[][] Articles =
    [
        ["Council votes to close two libraries", "The council voted on Tuesday to close two branch libraries, the city's library service said.",
         "\"We had no choice,\" said Maria Lopez, who chairs the finance committee. She added that the savings would fund longer hours elsewhere.",
         "Residents disagreed. According to a petition signed by 3,000 people, the closures will hurt children most."],
        ["The ministry denied the report on Monday, saying its figures were wrong.",
         "Analysts at the central bank expect inflation to ease, a spokesman told reporters, but warned that wages were still rising fast."],
    ];

    [Fact]
    public void Float_weights_within_half_a_unit_round_to_the_file_and_tag_articles_as_it_does()
    {
        var random = new Random(5);
        var (firstFile, secondFile) = (Stored(AttributionTagger.FirstPassPath), Stored(AttributionTagger.SecondPassPath));
        var (first, second) = (new TaggerWeights(firstFile), new TaggerWeights(secondFile));
        var (firstFloats, secondFloats) = (Jitter(firstFile, random), Jitter(secondFile, random));
        Assert.Equal(secondFile.Rows, TaggerWeightsFile.ReadQuantized(TaggerWeightsFile.Write(secondFloats), "jittered").Rows);
        foreach (var paragraphs in Articles)
        {
            var article = ArticleFixture.Build(paragraphs);
            var tokens = article.Paragraphs.Select((p, i) => new ParagraphTokens(article.Text, p, i, QuotationFinder.Find(article))).ToList();
            var firstTags = tokens.Select(p => AttributionTagger.Decode(first, p, null)).ToList();
            Assert.Equal(firstTags, tokens.Select(p => FloatDecode(firstFloats, p, null)));
            var passes = FirstPass.Of(tokens, firstTags);
            Assert.Equal(tokens.Select((p, i) => AttributionTagger.Decode(second, p, passes[i])), tokens.Select((p, i) => FloatDecode(secondFloats, p, passes[i])));
        }
        Assert.Contains(Tag.SourceBegin, Articles.SelectMany(a => Tagged(first, second, a)));
    }

    private static IEnumerable<Tag> Tagged(TaggerWeights first, TaggerWeights second, string[] paragraphs)
    {
        var article = ArticleFixture.Build(paragraphs);
        var tokens = article.Paragraphs.Select((p, i) => new ParagraphTokens(article.Text, p, i, QuotationFinder.Find(article))).ToList();
        var passes = FirstPass.Of(tokens, tokens.Select(p => AttributionTagger.Decode(first, p, null)).ToList());
        return tokens.SelectMany((p, i) => AttributionTagger.Decode(second, p, passes[i]));
    }

    private static QuantizedWeights Stored(string path) => TaggerWeightsFile.ReadQuantized(WordList.ReadBytes(path), path);

    // Each weight moved by up to an eighth of a unit of the file's scale (the file keeps differences of two weights).
    private static WeightsTable Jitter(QuantizedWeights weights, Random random)
    {
        var table = weights.ToTable();
        float Move(float w) => w + (float)(random.NextDouble() * 0.25 - 0.125) / weights.Scale;
        return table with { Emissions = table.Emissions.Select(Move).ToArray(), Transitions = table.Transitions.Select(Move).ToArray(), Start = table.Start.Select(Move).ToArray() };
    }

    private static Tag[] FloatDecode(WeightsTable table, ParagraphTokens tokens, FirstPass? firstPass)
    {
        var sink = new FloatSink(table, tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            sink.At = i * Tags.Count;
            TokenFeatures.Emit(tokens, i, sink, firstPass);
        }
        return ViterbiDecoder.Decode(sink.Scores, tokens.Count, table.Transitions, table.Start);
    }

    private sealed class FloatSink(WeightsTable table, int tokens) : IFeatureSink
    {
        private readonly Dictionary<ulong, int> rows = table.Keys.Select((k, f) => (k, f)).ToDictionary(x => x.k, x => x.f);
        public float[] Scores { get; } = new float[tokens * Tags.Count];
        public int At;

        public void Add(FeaturePart template, FeaturePart value) => Add(FeatureHash.Of(template, value));

        public void Add(FeaturePart template, FeaturePart first, FeaturePart second) => Add(FeatureHash.Of(template, first, second));

        private void Add(ulong key)
        {
            if (!rows.TryGetValue(key, out var f)) return;
            for (var t = 0; t < Tags.Count; t++) Scores[At + t] += table.Emissions[f * Tags.Count + t];
        }
    }
}
