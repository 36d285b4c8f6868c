using System.Globalization;
using DocReport.Layout;
using DocReport.Model;
using DocReport.Validation;

namespace DocReport.Output.Brief.Sections;

/// <summary>
/// Title, where the article came from, who it cites and the counts of what was found in it; <paramref name="notesFollow"/>
/// when the brief lists the validation notes.
/// </summary>
internal sealed class HeadingSection(bool notesFollow) : IBriefSection
{
    /// <summary>Sources named in the heading: enough to say whose word the article rests on, in two lines at most.</summary>
    private const int CitedShown = 4;

    public void Compose(IContainer container, BriefContent content)
    {
        var document = content.Dataset.Document;
        var styles = content.Styles;
        container.Column(column =>
        {
            column.Spacing(4);
            column.Item().Text("ARTICLE BRIEF").Style(styles.Small).Bold();
            column.Item().Text(document.Title).Style(styles.Title);
            column.Item().PaddingTop(2).Text(text =>
            {
                text.DefaultStyle(styles.Small);
                foreach (var (label, value) in Facts(content))
                {
                    // The label holds on to its value: a line never ends between "Validation:" and "no issues".
                    text.Span(label + ":\u00A0").Bold();
                    text.Span(ReaderText.Unbroken(value) + "    ");
                }
                if (document.Url is { } url)
                {
                    text.Span("URL:\u00A0").Bold();
                    text.Span(ReaderText.ShortUrl(url, 90)).Style(styles.Link).Hyperlink(url);
                }
            });
            column.Item().Text(text =>
            {
                text.DefaultStyle(styles.Small);
                Cited(text, content);
            });
            column.Item().PaddingTop(6).Row(row =>
            {
                row.Spacing(8);
                Count(row.RelativeItem(), "paragraphs", content.Dataset.Paragraphs.Count, styles);
                Count(row.RelativeItem(), "sentences", content.SentenceCount, styles);
                Count(row.RelativeItem(), "claims", content.Dataset.Claims.Count, styles);
                Count(row.RelativeItem(), "sources", content.Dataset.Sources.Count, styles);
            });
        });
    }

    private IEnumerable<(string Label, string Value)> Facts(BriefContent content)
    {
        var document = content.Dataset.Document;
        yield return ("Source file", SourceFileName.Of(document.SourcePath));
        yield return ("Format", ReaderText.FormatName(document.Format));
        if (document.Authors.Count > 0) yield return (document.Authors.Count == 1 ? "Author" : "Authors", string.Join(", ", document.Authors));
        yield return ("Published", document.Published is { } published ? ReaderText.Date(published) : "unknown");
        if (document.SiteName is { } site) yield return ("Site", site);
        yield return ("Validation", ValidationSummary(content.Dataset.Validation));
        // The cut is said where the reader starts, with where the rest is: the outline's own note comes on the last page.
        var shown = content.OutlineParagraphs.Count;
        if (shown < content.Dataset.Paragraphs.Count)
            yield return ("Outline cut", string.Create(CultureInfo.InvariantCulture,
                $"first {shown:N0} of {content.Dataset.Paragraphs.Count:N0} paragraphs shown; the dataset holds them all"));
    }

    /// <summary>
    /// "Cited:" and the most mentioned sources with their kind, so the first page says who is cited even when the sources
    /// table falls on a later page; an article that names no source says so, as that is itself a reason for caution.
    /// </summary>
    private static void Cited(TextDescriptor text, BriefContent content)
    {
        var sources = content.Dataset.Sources;
        text.Span("Cited:\u00A0").Bold();
        if (sources.Count == 0)
        {
            // "No source is named" would be a finding about an article the analysis could not read.
            text.Span(content.Dataset.Validation.Any(v => v.Code == ValidationCodes.NotEnglish)
                ? "none found: sources are found in English text only, and this article does not read as English"
                : "no source is named");
            return;
        }
        var shown = sources.OrderByDescending(s => s.Mentions).ThenByDescending(s => s.ClaimIds.Count).Take(CitedShown).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var source = shown[i];
            text.Span(ReaderText.Unbroken(source.Name)).SectionLink(BriefContent.SourceAnchor(source.Id)).FontColor(content.Styles.Colors.Accent);
            var mentions = source.Mentions == 1 ? "1\u00A0mention" : $"{source.Mentions}\u00A0mentions";
            text.Span($"\u00A0({source.Kind.ToString().ToLowerInvariant()}, {mentions}){(i < shown.Count - 1 ? ", " : "")}");
        }
        if (sources.Count > shown.Count) text.Span($" and {sources.Count - shown.Count} more");
    }

    private string ValidationSummary(IReadOnlyList<ValidationIssue> issues)
    {
        if (issues.Count == 0) return "no issues";
        var errors = issues.Count(i => i.Severity == Severity.Error);
        var warnings = issues.Count - errors;
        var parts = new[] { (errors, "error"), (warnings, "warning") }.Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}{(p.Item1 == 1 ? "" : "s")}");
        return string.Join(", ", parts) + (notesFollow ? " (see the notes)" : " (listed in the dataset)");
    }

    private static void Count(IContainer container, string label, int value, BriefStyles styles) =>
        container.Background(styles.Colors.TableHeader).Padding(6, 5, 6, 5).Column(column =>
        {
            column.Item().Text(value.ToString()).Style(styles.Heading).FontSize(styles.Font.HeadingSize * 1.3f);
            column.Item().Text(label).Style(styles.Small);
        });
}
