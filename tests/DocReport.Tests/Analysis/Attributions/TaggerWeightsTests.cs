using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Tests.Analysis.Attributions;

public class TaggerWeightsTests
{
    private const string File = """
        # a comment
        > start	0:5 1:2
        > 1	2:7
        w said	3:40 0:-10
        ww- he said	3:3
        """;

    [Fact]
    public void A_feature_named_in_the_file_scores_the_same_as_its_parts_emitted_by_the_featurizer()
    {
        var weights = TaggerWeights.Parse(File);
        var scores = new float[2 * TaggerWeights.RowWidth];
        const int second = TaggerWeights.RowWidth;
        weights.AddTo(FeatureHash.Of(FeaturePart.Of("w"), FeaturePart.Of("said")), scores, second);
        weights.AddTo(FeatureHash.Of(FeaturePart.Of("ww-"), FeaturePart.Of("he"), FeaturePart.Of("said")), scores, second);
        weights.AddTo(FeatureHash.Of(FeaturePart.Of("w"), FeaturePart.Of("told")), scores, second);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, -10f, 0, 0, 43f, 0, 0, 0, 0], scores);
        Assert.Equal(2, weights.FeatureCount);
    }

    [Fact]
    public void Transition_and_start_lines_fill_their_tables()
    {
        var weights = TaggerWeights.Parse(File);
        Assert.Equal(5f, weights.Start[(int)Tag.Outside]);
        Assert.Equal(7f, weights.Transitions[(int)Tag.SourceBegin * Tags.Count + (int)Tag.SourceInside]);
    }

    [Fact]
    public void Fractional_and_signed_weights_are_read_as_written()
    {
        var weights = TaggerWeights.Parse("w said\t0:-1.5 3:+2 5:2.5e1");
        var scores = new float[TaggerWeights.RowWidth];
        weights.AddTo(FeatureHash.Of(FeaturePart.Of("w"), FeaturePart.Of("said")), scores, 0);
        Assert.Equal([-1.5f, 0, 0, 2f, 0, 25f, 0, 0], scores);
    }

    [Fact]
    public void The_embedded_weights_load_and_hold_features()
    {
        Assert.True(TaggerWeights.Load(AttributionTagger.FirstPassPath).FeatureCount > 1000);
        Assert.True(TaggerWeights.Load(AttributionTagger.SecondPassPath).FeatureCount > 1000);
    }
}
