using System.Text;
using DocReport.Pipeline;

namespace DocReport.Claims.Accurate.Tests;

/// <summary>
/// A long-lived process frees the accurate model's ONNX session by disposing its pipelines: the model is shared while any
/// pipeline holds it, freed after the last, and loaded again for the next pipeline.
/// </summary>
public class ModelDisposalTests
{
    private static readonly PipelineOptions Accurate = new() { Claims = ClaimDetection.Accurate };

    private static readonly SourceFile Article = new("ferry.txt", Encoding.UTF8.GetBytes(
        "Ferry Fares Rise Again\n\nThe island's ferry operator raised its fares by 9 percent on Monday, the third rise in two years. " +
        "\"We cannot run the boats at a loss,\" said Ewan Tait, the operator's chief executive."));

    [Fact]
    public void A_pipeline_disposed_leaves_the_model_to_the_others_and_the_last_one_frees_it()
    {
        var first = new PipelineBuilder().UseOptions(Accurate).Build();
        var second = new PipelineBuilder().UseOptions(Accurate).Build();
        var scores = Scores(first);

        first.Dispose();
        Assert.Equal(scores, Scores(second));
        second.Dispose();
        using var third = new PipelineBuilder().UseOptions(Accurate).Build();
        Assert.Equal(scores, Scores(third));
    }

    [Fact]
    public void A_disposed_model_embeds_no_more()
    {
        var model = new ArcticClaimModel();
        Assert.Single(model.Embed(["The council spent 4 million pounds on roads."]));

        model.Dispose();

        Assert.ThrowsAny<ObjectDisposedException>(() => model.Embed(["The council spent 4 million pounds on roads."]));
    }

    private static List<double> Scores(DocReportPipeline pipeline) =>
        pipeline.Convert(Article).Dataset!.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Score).ToList();
}
