using DocReport.Model;
using DocReport.Output.Brief;
using UglyToad.PdfPig;

namespace DocReport.Tests.Output.Brief;

/// <summary>A temporary output folder; writes a brief into it and reads it back with PdfPig.</summary>
internal sealed class BriefFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("brief-").FullName;

    public string PdfPath => System.IO.Path.Combine(Path, BriefWriter.FileName);

    public PdfDocument Write(ArticleDataset dataset, string? template = null)
    {
        var loaded = BriefTemplateLoader.Load(template);
        Assert.True(loaded.Succeeded, loaded.Error);
        new BriefWriter(loaded.Value!).Write(dataset, Path);
        return PdfDocument.Open(PdfPath);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
