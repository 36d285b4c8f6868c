using DocReport.Model;

namespace DocReport.Output.Tables;

/// <summary>What a batch adds to a document's tables: a Documents table with a row per input, and a leading documentId column.</summary>
internal static class BatchTables
{
    /// <summary>Status of a document that was converted.</summary>
    public const string Converted = "converted";
    /// <summary>Status of an input that could not be read or failed validation.</summary>
    public const string Failed = "failed";

    public static readonly TableColumn DocumentColumn = new("documentId");

    public static readonly TableColumn[] DocumentColumns =
    [
        DocumentColumn, new("title", ColumnKind.LongText), new("authors"), new("published", ColumnKind.Date),
        new("url", ColumnKind.Url), new("siteName"), new("language"), new("sourcePath"), new("folder"), new("format"),
        new("status"), new("error", ColumnKind.LongText),
        new("paragraphCount", ColumnKind.Number), new("sentenceCount", ColumnKind.Number),
        new("claimCount", ColumnKind.Number), new("sourceCount", ColumnKind.Number),
        new("warningCount", ColumnKind.Number),
    ];

    // Gives a table's columns without a document.
    private static readonly ArticleDataset Empty = new(new DocumentInfo
    {
        Id = "", Title = "", SourcePath = "", Format = InputFormat.Text, Sha256 = "",
    }, "", []);

    /// <summary>The columns of a per-document table (built by <paramref name="table"/>) with the Document column first.</summary>
    public static TableColumn[] ColumnsOf(Func<ArticleDataset, DatasetTable> table) => [DocumentColumn, .. table(Empty).Columns];

    /// <summary>A converted document's row in the Documents table; <paramref name="folder"/> is its output folder relative to
    /// the output root (<c>source-2</c>), where its brief and workbook are: inputs of one file name in several folders
    /// (<c>a/report.txt</c>, <c>b/report.txt</c>) are told apart only by it.</summary>
    public static object?[] DocumentRow(ArticleDataset dataset, string? folder = null)
    {
        var doc = dataset.Document;
        return [doc.Id, doc.Title, DatasetText.Join(doc.Authors), doc.Published, doc.Url, doc.SiteName, doc.Language,
            doc.SourcePath, folder?.Replace('\\', '/'), DatasetText.Of(doc.Format), Converted, null,
            dataset.Paragraphs.Count, dataset.Paragraphs.Sum(p => p.Sentences.Count), dataset.Claims.Count, dataset.Sources.Count,
            dataset.Validation.Count(v => v.Severity == Severity.Warning)];
    }

    /// <summary>A failed input's row in the Documents table.</summary>
    public static object?[] FailureRow(string path, string reason)
    {
        var row = new object?[DocumentColumns.Length];
        row[Array.FindIndex(DocumentColumns, c => c.Name == "sourcePath")] = path;
        row[Array.FindIndex(DocumentColumns, c => c.Name == "status")] = Failed;
        row[Array.FindIndex(DocumentColumns, c => c.Name == "error")] = reason;
        return row;
    }

    /// <summary>The rows of a per-document table with the document's id in front.</summary>
    public static IEnumerable<object?[]> RowsOf(DatasetTable table, string documentId) =>
        table.EachRow().Select(row => (object?[])[documentId, .. row]);
}
