using DocReport.Model;
using DocReport.Output.Tables;

namespace DocReport.Output.Workbook;

/// <summary>The Summary sheet: the document's facts and counts as key/value rows, keyed by dataset.json's names and the Documents sheet's counts.</summary>
internal static class SummaryTable
{
    public static DatasetTable Create(ArticleDataset d, IReadOnlyList<ValidationIssue> issues)
    {
        var doc = d.Document;
        return new("Summary", [new("key"), new("value", ColumnKind.LongText)],
        [
            ["title", doc.Title],
            ["authors", DatasetText.Join(doc.Authors)],
            ["published", doc.Published is null ? null : new DateText(doc.Published)],
            ["url", doc.Url],
            ["siteName", doc.SiteName],
            ["language", doc.Language],
            ["sourcePath", doc.SourcePath],
            ["format", DatasetText.Of(doc.Format)],
            ["documentId", doc.Id],
            ["sha256", doc.Sha256],
            ["schemaVersion", d.SchemaVersion],
            ["characterCount", d.Text.Length],
            ["paragraphCount", d.Paragraphs.Count],
            ["sentenceCount", d.Paragraphs.Sum(p => p.Sentences.Count)],
            ["claimCount", d.Claims.Count],
            ["attributionCount", d.Attributions.Count],
            ["sourceCount", d.Sources.Count],
            ["errorCount", issues.Count(i => i.Severity == Severity.Error)],
            ["warningCount", issues.Count(i => i.Severity == Severity.Warning)],
        ]);
    }
}
