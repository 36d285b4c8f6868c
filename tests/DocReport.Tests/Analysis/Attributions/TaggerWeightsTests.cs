using DocReport.Analysis.Attributions.Tagging;
using DocReport.Resources;

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

    private static QuantizedWeights RoundTrip(WeightsTable table) => TaggerWeightsFile.ReadQuantized(TaggerWeightsFile.Write(table), "test");

    private static byte[] Embedded(string path) => WordList.ReadBytes(path);

    [Fact]
    public void A_feature_in_the_file_scores_as_its_parts_emitted_by_the_featurizer_on_a_16_bit_scale_less_its_outside_score()
    {
        var weights = new TaggerWeights(RoundTrip(Table()));
        var scores = new int[2 * TaggerWeights.RowWidth];
        const int second = TaggerWeights.RowWidth;
        weights.AddAll([Said, HeSaid, Told], scores, second);
        // less "outside", "w said" scores 1 on every other tag and 5 on cue begin, the largest weight, which becomes 32767
        Assert.Equal(32767 / 5f, weights.Scale);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 6553, 6553, 32767 + 1966, 6553, 6553, 6553], TaggerWeights.Emissions(scores, 2));
        Assert.Equal(2, weights.FeatureCount);
        Assert.Equal("a test table", RoundTrip(Table()).About);
    }

    [Fact]
    public void Features_added_together_give_the_row_they_give_added_one_by_one()
    {
        var weights = TaggerWeightsFile.Read(Embedded(AttributionTagger.FirstPassPath), "embedded");
        var known = TaggerWeightsFile.ReadQuantized(Embedded(AttributionTagger.FirstPassPath), "embedded").Keys;
        // known features (one repeated), an unknown one, and a row that already holds scores
        ulong[] features = [known[0], known[^1], Said, known[known.Length / 2], known[0], 0xDEAD_BEEF_0000_0001UL];
        var (together, oneByOne) = (new int[3 * TaggerWeights.RowWidth], new int[3 * TaggerWeights.RowWidth]);
        together[TaggerWeights.RowWidth] = oneByOne[TaggerWeights.RowWidth] = 7;
        weights.AddAll(features, together, TaggerWeights.RowWidth);
        foreach (var feature in features) weights.AddAll([feature], oneByOne, TaggerWeights.RowWidth);
        Assert.Equal(oneByOne, together);
        Assert.NotEqual(new int[3 * TaggerWeights.RowWidth], together);
        Assert.Equal(0, together[0]);
    }

    [Fact]
    public void Transition_and_start_scores_come_back_on_the_same_scale()
    {
        var weights = new TaggerWeights(RoundTrip(Table()));
        Assert.Equal(MathF.Round(0.5f * weights.Scale), weights.Start[(int)Tag.Outside]);
        Assert.Equal(MathF.Round(2f * weights.Scale), weights.Transitions[(int)Tag.SourceBegin * Tags.Count + (int)Tag.SourceInside]);
        Assert.Equal(0, weights.Transitions[0]);
    }

    [Fact]
    public void Writing_the_weights_read_back_gives_the_same_weights()
    {
        var once = TaggerWeightsFile.ReadQuantized(Embedded(AttributionTagger.SecondPassPath), "embedded");
        var twice = RoundTrip(once.ToTable());
        Assert.Equal(once.Keys, twice.Keys);
        Assert.Equal(once.Rows, twice.Rows);
        Assert.Equal(once.Transitions, twice.Transitions);
        Assert.Equal(once.About, twice.About);
    }

    [Fact]
    public void Two_features_whose_hashes_share_a_slot_and_a_fingerprint_are_caught_at_load()
    {
        // both hashes end in 3 (the slot, of 16) and have the same high half (the fingerprint)
        var table = new WeightsTable([0x1_0000_0003UL, 0x1_0000_0013UL], [0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0], new float[Tags.Count * Tags.Count], new float[Tags.Count], "");
        Assert.Contains("confuse", Assert.Throws<InvalidDataException>(() => TaggerWeightsFile.Read(TaggerWeightsFile.Write(table), "test")).Message);
    }

    [Fact]
    public void A_file_cut_short_anywhere_is_reported_as_damaged()
    {
        var file = Embedded(AttributionTagger.FirstPassPath);
        foreach (var length in new[] { 5, 6, 20, file.Length / 3, file.Length / 2, file.Length - 9, file.Length - 1 })
        {
            var error = Assert.Throws<InvalidDataException>(() => TaggerWeightsFile.Read(file[..length], "cut.bin"));
            Assert.Contains("cut.bin", error.Message);
        }
    }

    [Fact]
    public void A_damaged_byte_inside_the_compressed_weights_is_reported()
    {
        var file = Embedded(AttributionTagger.FirstPassPath);
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
