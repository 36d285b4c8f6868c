using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Output.Brief;

/// <summary>Writes brief.pdf: the dataset laid out by a <see cref="BriefTemplate"/>.</summary>
public sealed class BriefWriter(BriefTemplate template) : IDatasetWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "brief.pdf";

    public string Format => "pdf";

    /// <summary>Writes <c>brief.pdf</c> into <paramref name="folder"/> under a temporary name, then moves it into place.</summary>
    /// <exception cref="Layout.LayoutException">The content cannot be laid out, or no usable font is installed.</exception>
    public void Write(ArticleDataset dataset, string folder)
    {
        var document = BriefDocument.Compose(dataset, template);
        AtomicFile.Write(Path.Combine(folder, FileName), stream => document.GeneratePdf(stream));
    }
}
