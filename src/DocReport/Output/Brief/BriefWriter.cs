using DocReport.Layout;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Output.Brief;

/// <summary>Writes brief.pdf: the dataset laid out by a <see cref="BriefTemplate"/>, within a page limit.</summary>
public sealed class BriefWriter(BriefTemplate template, int maxPages = BriefWriter.DefaultMaxPages) : IDatasetWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "brief.pdf";

    /// <summary>The page limit unless told otherwise.</summary>
    public const int DefaultMaxPages = 500;

    public string Format => "pdf";

    /// <summary>
    /// Writes <c>brief.pdf</c> into <paramref name="folder"/> under a temporary name, then moves it into place. A
    /// document too long for <c>maxPages</c> gets a brief whose outline shows its first paragraphs and says so.
    /// </summary>
    /// <exception cref="LayoutException">The content cannot be laid out, or no usable font is installed.</exception>
    public void Write(ArticleDataset dataset, string folder)
    {
        var path = Path.Combine(folder, FileName);
        for (var outline = OutlineBudget.Paragraphs(dataset, maxPages); ; outline /= 2)
        {
            try
            {
                var document = BriefDocument.Compose(dataset, template, outline, maxPages);
                AtomicFile.Write(path, stream => document.GeneratePdf(stream));
                return;
            }
            catch (PageLimitException) when (outline > 0) { }
        }
    }
}
