using DocReport.Model;
using DocReport.Output.Tables;

namespace DocReport.Output.Workbook;

/// <summary>The Summary sheet: the document's facts and counts as key/value rows.</summary>
internal static class SummaryTable
{
    public static DatasetTable Create(ArticleDataset d, IReadOnlyList<ValidationIssue> issues)
    {
        var doc = d.Document;
        return new("Summary", [new("key", "Fact"), new("value", "Value", ColumnKind.LongText)],
        [
            ["Title", doc.Title],
            ["Authors", DatasetText.Join(doc.Authors)],
            ["Published", doc.Published],
            ["URL", doc.Url],
            ["Site name", doc.SiteName],
            ["Language", doc.Language],
            ["Source path", doc.SourcePath],
            ["Format", DatasetText.Of(doc.Format)],
            ["Document id", doc.Id],
            ["SHA-256", doc.Sha256],
            ["Schema version", d.SchemaVersion],
            ["Characters", d.Text.Length],
            ["Paragraphs", d.Paragraphs.Count],
            ["Sentences", d.Paragraphs.Sum(p => p.Sentences.Count)],
            ["Claims", d.Claims.Count],
            ["Attributions", d.Attributions.Count],
            ["Sources", d.Sources.Count],
            ["Errors", issues.Count(i => i.Severity == Severity.Error)],
            ["Warnings", issues.Count(i => i.Severity == Severity.Warning)],
        ]);
    }
}
