using System.Security.Cryptography;
using System.Text;
using DocReport.Analysis.Claims;
using DocReport.Model;

namespace DocReport.Tests.Analysis.Claims;

// Data/featurizer-digests.tsv holds, for 504 sentences (496 of bench/ClaimTraining/news-train.tsv and 8 odd forms), a digest of
// the feature set the featurizer gave them before it was rewritten to allocate less: the model's weights were trained
// on those features, so any change to them must be deliberate. Round 7 wrote the digests of the five sentences holding an
// age ("14-year-old", "24 years old") again: an age is no longer found as a duration, and the weights were retrained. Round 8 wrote
// those of the nine sentences holding an age again (an age is its own evidence kind, no longer a number), and retrained.
public class FeaturizerDigestTests
{
    private static readonly string DigestsPath = Path.Combine(AppContext.BaseDirectory, "Analysis", "Claims", "Data", "featurizer-digests.tsv");

    [Fact]
    public void Every_sentence_gets_the_features_it_had_before()
    {
        var lines = File.ReadAllLines(DigestsPath);
        var changed = lines.Select((line, i) => (Fields: line.Split('\t', 2), Index: i))
            .Where(x => Digest(x.Fields[1], ContextFor(x.Index)) != x.Fields[0])
            .Select(x => x.Fields[1])
            .ToList();

        Assert.True(lines.Length > 500, $"only {lines.Length} sentences were read");
        Assert.True(changed.Count == 0, $"{changed.Count} sentences changed features, e.g. \"{changed.FirstOrDefault()}\"");
    }

    [Fact]
    public void Scoring_without_feature_strings_sums_the_same_weights()
    {
        var model = ClaimModel.Shared;
        var weightSum = model.NewWeightSum();
        foreach (var (line, i) in File.ReadAllLines(DigestsPath).Select((line, i) => (line, i)))
        {
            var signals = SentenceSignals.Read(line.Split('\t', 2)[1]);

            Assert.Equal(model.Logit(ClaimFeaturizer.Features(signals, ContextFor(i))), model.Logit(weightSum.Of(signals, ContextFor(i))));
        }
    }

    [Fact]
    public void A_feature_written_twice_is_weighed_once()
    {
        var model = ClaimModel.Parse("u:the\t1\nu:tax\t0.25\nb:the tax\t0.5\n");

        Assert.Equal(1.75, model.NewWeightSum().Of(SentenceSignals.Read("The tax, the tax, the tax."), null), 9);
    }

    [Fact]
    public void A_model_that_weighs_letter_grams_gets_them_and_one_that_weighs_none_skips_them()
    {
        var signals = SentenceSignals.Read("Wages climbed sharply.");
        var withGrams = ClaimModel.Parse("u:wages\t1\nc:limb\t0.5\n");
        var withoutGrams = ClaimModel.Parse("u:wages\t1\nu:sharply\t0.25\n");

        Assert.Equal(1.5, withGrams.NewWeightSum().Of(signals, null), 9);
        Assert.True(withGrams.NewWeightSum().TakesLetterGrams);
        Assert.False(withoutGrams.NewWeightSum().TakesLetterGrams);
        Assert.Equal(1.25, withoutGrams.NewWeightSum().Of(signals, null), 9);
    }

        internal static string Digest(string sentence, SentenceContext? context)
    {
        var features = ClaimFeaturizer.Features(SentenceSignals.Read(sentence), context).Order(StringComparer.Ordinal);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', features))))[..16];
    }

    // Every third sentence is read alone; the others in a varied place of an article.
    internal static SentenceContext? ContextFor(int index) => (index % 3) switch
    {
        0 => null,
        1 => new SentenceContext(BlockKind.Paragraph, index % 5, 1 + index % 7, 40 + index * 7 % 500, index % 11 / 10.0, false),
        _ => new SentenceContext(index % 2 == 0 ? BlockKind.ListItem : BlockKind.Quote, 0, 1, 30 + index % 90, 0.95, index % 4 == 0),
    };
}
