using DocReport.Layout;
using DocReport.Model;

namespace DocReport.Output.Brief;

/// <summary>Writes brief.pdf: the dataset laid out by a <see cref="BriefTemplate"/>, within a page limit.</summary>
public sealed class BriefWriter(BriefTemplate template, int maxPages = BriefWriter.DefaultMaxPages) : DatasetFileWriter(FileName)
{
    /// <summary>The file name written into an output folder.</summary>
    public const string FileName = "brief.pdf";

    /// <summary>The page limit unless told otherwise.</summary>
    public const int DefaultMaxPages = 500;

    /// <inheritdoc />
    public override string Format => OutputFormats.Pdf;

    /// <summary>
    /// Lays the brief out and writes it as PDF. A document too long for <c>maxPages</c> gets a brief whose outline
    /// shows its first paragraphs and says so.
    /// </summary>
    /// <exception cref="LayoutException">The content cannot be laid out, or no usable font is installed.</exception>
    public override void Write(ArticleDataset dataset, Stream output)
    {
        using var brief = Lay(dataset);
        brief.Pdf.CopyTo(output);
    }

    /// <summary>The brief laid out in memory, with a warning for each way it falls short of the dataset; <paramref name="pageRendered"/>
    /// hears each page counted and drawn (a try that runs past the page limit counts its pages again from 1).</summary>
    internal LaidBrief Lay(ArticleDataset dataset, Action<PageRendered>? pageRendered = null)
    {
        // Each try is laid out in memory: a try that runs past the page limit must leave nothing in the output.
        var pdf = new MemoryStream();
        for (var outline = OutlineBudget.Paragraphs(dataset, template, maxPages); ; outline /= 2)
        {
            try
            {
                // A cut outline is among the brief's own warnings, so its heading never reads "Validation: no issues".
                var truncated = BriefCuts.Truncated(dataset, outline, maxPages);
                var shown = truncated is null ? dataset : dataset with { Validation = [.. dataset.Validation, truncated] };
                var rendered = BriefDocument.Compose(shown, template, outline, maxPages).Render(pdf, pageRendered ?? (_ => { }));
                pdf.Position = 0;
                return new LaidBrief(pdf, new[] { truncated, BriefCuts.Clipped(rendered) }.OfType<ValidationIssue>().ToList());
            }
            catch (PageLimitException) when (outline > 0)
            {
                pdf.SetLength(0);
            }
        }
    }
}
