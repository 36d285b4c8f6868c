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

    // The first brief that fits and at most two grown from it: each is a whole layout, and the second growth lands within
    // a page or so of the limit.
    private const int MaxTries = 3;

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
    /// hears each page counted and drawn (each try at a cut outline counts its pages again from 1).</summary>
    internal LaidBrief Lay(ArticleDataset dataset, Action<PageRendered>? pageRendered = null)
    {
        // A cut outline is laid out at the estimate (halved while it runs past the limit), then grown from the pages
        // that layout took, up to twice, the larger brief kept while it fits: the estimate alone used about half the limit.
        var laid = new List<OutlineBudget.Laid>();
        LaidBrief? kept = null;
        var tooMany = int.MaxValue;
        for (var outline = OutlineBudget.Paragraphs(dataset, template, maxPages); ;)
        {
            LaidBrief brief;
            try { brief = Lay(dataset, outline, pageRendered ?? (_ => { }), out var pages); laid.Add(new(outline, pages)); }
            catch (PageLimitException) when (kept is not null || outline > 0)
            {
                if (kept is not null) return kept;
                tooMany = outline;
                outline /= 2;
                continue;
            }
            kept?.Dispose();
            kept = brief;
            if (outline == dataset.Paragraphs.Count || laid.Count == MaxTries) return kept;
            var grown = Math.Min(OutlineBudget.Grown(dataset, laid, maxPages), tooMany - 1);
            if (grown <= outline) return kept;
            outline = grown;
        }
    }

    // One try, laid out in memory: a try that runs past the page limit must leave nothing in the output.
    private LaidBrief Lay(ArticleDataset dataset, int outline, Action<PageRendered> pageRendered, out int pages)
    {
        // A cut outline is among the brief's own warnings, so its heading never reads "Validation: no issues".
        var truncated = BriefCuts.Truncated(dataset, outline, maxPages);
        var shown = truncated is null ? dataset : dataset with { Validation = [.. dataset.Validation, truncated] };
        var pdf = new MemoryStream();
        var rendered = BriefDocument.Compose(shown, template, outline, maxPages).Render(pdf, pageRendered);
        pdf.Position = 0;
        pages = rendered.Pages;
        return new LaidBrief(pdf, new[] { truncated, BriefCuts.Clipped(rendered) }.OfType<ValidationIssue>().ToList());
    }
}
