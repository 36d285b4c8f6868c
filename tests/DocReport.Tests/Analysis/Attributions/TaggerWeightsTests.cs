using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Tests.Analysis.Attributions;

public class TaggerWeightsTests
{
    private static readonly ulong Said = FeatureHash.Of(FeaturePart.Of("w"), FeaturePart.Of("said"));
    private static readonly ulong HeSaid = FeatureHash.Of(FeaturePart.Of("ww-"), FeaturePart.Of("he"), FeaturePart.Of("said"));
    private static readonly ulong Told = FeatureHash.Of(FeaturePart.Of("w"), FeaturePart.Of("told"));

    // "w said" scores -1 outside and 4 cue begin; "ww- he said" 0.3 cue begin; "w told" rounds to nothing and is left out
    private static WeightsTable Table() => new(
        [HeSaid, Said, Told],
        [0, 0, 0, 0.3f, 0, 0, 0, -1, 0, 0, 4, 0, 0, 0, 0, 0, 0, 1e-6f, 0, 0, 0],
        Enumerable.Range(0, Tags.Count * Tags.Count).Select(i => i == (int)Tag.SourceBegin * Tags.Count + (int)Tag.SourceInside ? 2f : 0).ToArray(),
        [0.5f, 0, 0, 0, 0, 0, 0],
        "a test table");

    private static TaggerWeights RoundTrip(WeightsTable table) => TaggerWeightsFile.Read(TaggerWeightsFile.Write(table), "test");

    [Fact]
    public void A_feature_in_the_file_scores_as_its_parts_emitted_by_the_featurizer_on_a_16_bit_scale()
    {
        var weights = RoundTrip(Table());
        var scores = new int[2 * TaggerWeights.RowWidth];
        const int second = TaggerWeights.RowWidth;
        weights.AddTo(Said, scores, second);
        weights.AddTo(HeSaid, scores, second);
        weights.AddTo(Told, scores, second);
        // the largest weight (4) becomes 32767
        Assert.Equal(32767 / 4f, weights.Scale);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, -8192, 0, 0, 32767 + 2458, 0, 0, 0, 0], scores);
        Assert.Equal(2, weights.FeatureCount);
        Assert.Equal("a test table", weights.About);
    }

    [Fact]
    public void Transition_and_start_scores_come_back_on_the_same_scale()
    {
        var weights = RoundTrip(Table());
        Assert.Equal(MathF.Round(0.5f * weights.Scale), weights.Start[(int)Tag.Outside]);
        Assert.Equal(MathF.Round(2f * weights.Scale), weights.Transitions[(int)Tag.SourceBegin * Tags.Count + (int)Tag.SourceInside]);
        Assert.Equal(0, weights.Transitions[0]);
    }

    [Fact]
    public void Writing_the_weights_read_back_gives_the_same_weights()
    {
        var once = TaggerWeights.Load(AttributionTagger.SecondPassPath).ToTable();
        var twice = RoundTrip(once).ToTable();
        Assert.Equal(once.Keys, twice.Keys);
        Assert.Equal(once.Emissions, twice.Emissions, (a, b) => Math.Abs(a - b) <= 1e-4f * Math.Max(1, Math.Abs(a)));
        Assert.Equal(once.Transitions, twice.Transitions, (a, b) => Math.Abs(a - b) <= 1e-4f * Math.Max(1, Math.Abs(a)));
        Assert.Equal(once.About, twice.About);
    }

    [Fact]
    public void A_file_cut_short_anywhere_is_reported_as_damaged()
    {
        var file = TaggerWeightsFile.Write(TaggerWeights.Load(AttributionTagger.FirstPassPath).ToTable());
        foreach (var length in new[] { 5, 6, 20, file.Length / 3, file.Length / 2, file.Length - 9, file.Length - 1 })
        {
            var error = Assert.Throws<InvalidDataException>(() => TaggerWeightsFile.Read(file[..length], "cut.bin"));
            Assert.Contains("cut.bin", error.Message);
        }
    }

    [Fact]
    public void A_damaged_byte_inside_the_compressed_weights_is_reported()
    {
        var file = TaggerWeightsFile.Write(TaggerWeights.Load(AttributionTagger.FirstPassPath).ToTable());
        file[file.Length / 2] ^= 0x5A;
        Assert.Contains("damaged", Assert.Throws<InvalidDataException>(() => TaggerWeightsFile.Read(file, "flipped.bin")).Message);
    }

    [Fact]
    public void A_file_of_another_kind_or_version_is_named_as_such()
    {
        var file = TaggerWeightsFile.Write(Table());
        Assert.Contains("not a tagger weights file", Assert.Throws<InvalidDataException>(() => TaggerWeightsFile.Read("# text weights\n"u8.ToArray(), "old.tsv")).Message);
        file[4] = 9;
        Assert.Contains("version 9", Assert.Throws<InvalidDataException>(() => TaggerWeightsFile.Read(file, "new.bin")).Message);
    }

    [Fact]
    public void Two_features_with_one_hash_cannot_be_written()
    {
        var table = Table() with { Keys = [Said, Said, Told] };
        Assert.Throws<InvalidOperationException>(() => TaggerWeightsFile.Write(table));
    }

    [Fact]
    public void The_embedded_weights_load_and_hold_features()
    {
        Assert.True(TaggerWeights.Load(AttributionTagger.FirstPassPath).FeatureCount > 1000);
        Assert.True(TaggerWeights.Load(AttributionTagger.SecondPassPath).FeatureCount > 1000);
    }
}
