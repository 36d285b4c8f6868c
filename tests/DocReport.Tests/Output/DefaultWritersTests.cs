using DocReport.Output;
using DocReport.Pipeline;

namespace DocReport.Tests.Output;

public sealed class DefaultWritersTests
{
    [Fact]
    public void The_default_writers_follow_the_documented_formats_and_csv_is_not_a_default()
    {
        var formats = DefaultWriters.Create(new PipelineOptions()).Select(w => w.Format);

        Assert.Equal(OutputFormats.All.Where(f => f != OutputFormats.Parquet), formats);
        Assert.DoesNotContain(OutputFormats.Csv, OutputFormats.Default);
    }

    [Fact]
    public void A_pipeline_given_no_formats_writes_what_the_command_writes_and_csv_only_when_asked()
    {
        var pipeline = new PipelineBuilder().Build();
        using var folder = new TempFolder();

        pipeline.Write(SampleDataset.Create(), folder.Path);
        var defaults = folder.FileNames();
        pipeline.Write(SampleDataset.Create(), folder.Path, [OutputFormats.Csv]);

        Assert.Equal(["brief.pdf", "dataset.json", "dataset.xlsx"], defaults);
        Assert.DoesNotContain(defaults, f => f.EndsWith(".csv") || f.EndsWith(".tmp"));
        Assert.Contains("claims.csv", folder.FileNames());
    }
}
