using DocReport.Output;
using DocReport.Pipeline;
using DocReport.Tests.Output;

namespace DocReport.Tests.Fuzz;

/// <summary>Inputs the fuzzer (bench/Fuzz) found to crash, hang or lose outputs, kept so they never do again.</summary>
public class CrasherTests
{
    public static TheoryData<string> Crashers() =>
        new(Directory.GetFiles(RepositoryFile.Path("tests/DocReport.Tests/Fuzz/Crashers")).Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(Crashers))]
    public void A_former_crasher_is_converted_or_refused_with_a_reason_and_its_outputs_are_complete(string name)
    {
        var bytes = File.ReadAllBytes(RepositoryFile.Path("tests/DocReport.Tests/Fuzz/Crashers/" + name));
        var pipeline = new PipelineBuilder().Build();

        var result = pipeline.Convert(new SourceFile(name, bytes));

        if (result.Dataset is null)
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
            Assert.DoesNotContain("internal error", result.Error);
            return;
        }
        using var folder = new TempFolder();
        pipeline.Write(result.Dataset, folder.Path, OutputFormats.All);
        Assert.Superset(new HashSet<string> { "brief.pdf", "dataset.xlsx", "dataset.json", "claims.csv" }, folder.FileNames().ToHashSet());
    }
}
