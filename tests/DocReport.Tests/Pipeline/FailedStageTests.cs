using System.Text;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Pipeline;

/// <summary>A failed conversion says which stage refused the input, so a caller can handle failures by kind without reading the message.</summary>
public class FailedStageTests
{
    private const string Article = """
        Council Votes to Extend the Cycle Lane

        The city council voted on Tuesday to extend the riverside cycle lane by four kilometres. The works will cost about 2.6 million euros, the transport office said.
        """;

    private static readonly DocReportPipeline Pipeline = new PipelineBuilder().Build();

    [Fact]
    public async Task A_missing_file_fails_at_loading()
    {
        var result = await Pipeline.ConvertAsync(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "a.txt"));

        Assert.False(result.Succeeded);
        Assert.Equal(ConversionStage.Loading, result.FailedStage);
    }

    [Fact]
    public void Empty_and_binary_inputs_fail_at_reading()
    {
        Assert.Equal(ConversionStage.Reading, Pipeline.Convert(new SourceFile("empty.txt", [])).FailedStage);
        var binary = Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)).ToArray();
        Assert.Equal(ConversionStage.Reading, Pipeline.Convert(new SourceFile("noise.html", binary)).FailedStage);
    }

    [Fact]
    public void A_dataset_the_rules_reject_fails_at_validating_and_a_good_one_has_no_failed_stage()
    {
        var file = new SourceFile("cycle-lane.txt", Encoding.UTF8.GetBytes(Article));
        var good = Pipeline.Convert(file);
        var rejecting = new PipelineBuilder().UseValidator(new RejectAll()).Build().Convert(file);

        Assert.True(good.Succeeded);
        Assert.Null(good.FailedStage);
        Assert.Equal(ConversionStage.Validating, rejecting.FailedStage);
        Assert.Equal("validation failed: TEST-REJECT at document: every dataset is refused here", rejecting.Error);
    }

    [Fact]
    public void A_rule_whose_message_names_its_place_has_the_place_named_once()
    {
        var rejected = Pipeline.Convert(new SourceFile("letter.txt", "x"u8.ToArray()));

        Assert.Equal(ConversionStage.Validating, rejected.FailedStage);
        Assert.StartsWith("validation failed: DR-PARAGRAPHS-MISSING: Paragraphs: the article has no paragraphs", rejected.Error);
    }

    private sealed class RejectAll : IDatasetValidator
    {
        public IReadOnlyList<ValidationIssue> Validate(ArticleDataset dataset) =>
            [new ValidationIssue(Severity.Error, "TEST-REJECT", "every dataset is refused here", "document")];
    }
}
