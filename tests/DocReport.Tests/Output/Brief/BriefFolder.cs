using System.Text;
using DocReport.Model;
using DocReport.Output.Brief;
using DocReport.Pipeline;
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

    /// <summary>The dataset the default pipeline makes of <paramref name="content"/>, read as a file named <paramref name="fileName"/>.</summary>
    public static ArticleDataset Convert(string fileName, string content) =>
        new PipelineBuilder().Build().Convert(new SourceFile(fileName, Encoding.UTF8.GetBytes(content))).Dataset!;

    /// <summary>The number of the last page that has <paramref name="word"/> as a whole word.</summary>
    public static int LastPageWith(PdfDocument pdf, string word) =>
        pdf.GetPages().Last(p => p.GetWords().Any(w => w.Text == word)).Number;
}
