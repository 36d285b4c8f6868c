using DocReport.Output;
using DocReport.Output.Csv;
using DocReport.Output.Json;
using DocReport.Output.Workbook;
using DocReport.Pipeline;

namespace DocReport.Tests.Output;

public sealed class AtomicWriteTests
{
    public static TheoryData<string> Writers => [OutputFormats.Xlsx, OutputFormats.Json, OutputFormats.Csv];

    private static IDatasetWriter Writer(string format) => format switch
    {
        OutputFormats.Xlsx => new WorkbookWriter(),
        OutputFormats.Json => new JsonDatasetWriter(),
        _ => new CsvDatasetWriter(),
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_folder_that_is_a_file_fails_the_write_and_leaves_nothing(string format)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("blocked"), "a file, not a folder");

        Assert.ThrowsAny<IOException>(() => Writer(format).Write(SampleDataset.Create(), folder.File("blocked")));

        Assert.Equal(["blocked"], folder.FileNames());
    }

    [Fact]
    public void A_write_that_fails_halfway_keeps_the_previous_file_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("dataset.json"), "previous");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(folder.File("dataset.json"), stream =>
        {
            stream.Write("partial"u8);
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal(["dataset.json"], folder.FileNames());
        Assert.Equal("previous", File.ReadAllText(folder.File("dataset.json")));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Writing_over_an_earlier_output_replaces_it_and_leaves_no_temporary_file(string format)
    {
        using var folder = new TempFolder();
        Writer(format).Write(SampleDataset.Create() with { Claims = [] }, folder.Path);
        var first = folder.FileNames();

        Writer(format).Write(SampleDataset.Create(), folder.Path);

        Assert.Equal(first, folder.FileNames());
        Assert.DoesNotContain(folder.FileNames(), f => f.EndsWith(".tmp"));
    }
}
