using System.Globalization;
using DocReport.Model;
using DocReport.Output.Tables;

namespace DocReport.Output.Workbook;

/// <summary>
/// One workbook for a batch: a Documents sheet with a row per input (converted or failed), and the Paragraphs, Claims and
/// Sources of every document with a Document column, in the order the documents are added. Rows wait in temporary files,
/// not in memory, so a batch of any size saves in bounded memory; a sheet holds at most <see cref="RowLimit"/> rows and
/// says below its table where the rest is.
/// </summary>
internal sealed class BatchWorkbook : IDisposable
{
    /// <summary>Status of a document that was converted.</summary>
    public const string Converted = "converted";
    /// <summary>Status of an input that could not be read or failed validation.</summary>
    public const string Failed = "failed";
    /// <summary>Rows per sheet; Excel's own limit is 1,048,576 and the Parquet tables hold every row.</summary>
    public const int RowLimit = 1_000_000;

    private static readonly TableColumn DocumentColumn = new("documentId", "Document");
    private static readonly TableColumn[] DocumentColumns =
    [
        DocumentColumn, new("title", "Title", ColumnKind.LongText), new("sourcePath", "Source path"), new("format", "Format"),
        new("status", "Status"), new("error", "Error", ColumnKind.LongText),
        new("paragraphCount", "Paragraphs", ColumnKind.Number), new("sentenceCount", "Sentences", ColumnKind.Number),
        new("claimCount", "Claims", ColumnKind.Number), new("sourceCount", "Sources", ColumnKind.Number),
        new("warningCount", "Warnings", ColumnKind.Number),
    ];

    // Gives the combined sheets' columns without a document.
    private static readonly ArticleDataset Empty = new(new DocumentInfo
    {
        Id = "", Title = "", SourcePath = "", Format = InputFormat.Text, Sha256 = "",
    }, "", []);

    private readonly int rowLimit;
    private readonly RowSpool documents, paragraphs, claims, sources;

    /// <summary>Keeps rows in temporary files in <paramref name="spoolFolder"/> (the system's temporary folder when null).</summary>
    public BatchWorkbook(string? spoolFolder = null, int rowLimit = RowLimit)
    {
        this.rowLimit = rowLimit;
        var folder = spoolFolder ?? Path.GetTempPath();
        documents = new RowSpool(DocumentColumns, folder);
        paragraphs = new RowSpool(Combined(DatasetTables.Paragraphs(Empty)), folder);
        claims = new RowSpool(Combined(DatasetTables.Claims(Empty)), folder);
        sources = new RowSpool(Combined(DatasetTables.Sources(Empty)), folder);
    }

    /// <summary>Inputs added so far, converted or failed.</summary>
    public long Count => documents.Count;

    /// <summary>Adds a converted document: its row in Documents and its paragraphs, claims and sources.</summary>
    public void Add(ArticleDataset dataset)
    {
        var doc = dataset.Document;
        documents.Append([doc.Id, doc.Title, doc.SourcePath, DatasetText.Of(doc.Format), Converted, null,
            dataset.Paragraphs.Count, dataset.Paragraphs.Sum(p => p.Sentences.Count), dataset.Claims.Count, dataset.Sources.Count,
            dataset.Validation.Count(v => v.Severity == Severity.Warning)]);
        AppendRows(paragraphs, DatasetTables.Paragraphs(dataset), doc.Id);
        AppendRows(claims, DatasetTables.Claims(dataset), doc.Id);
        AppendRows(sources, DatasetTables.Sources(dataset), doc.Id);
    }

    /// <summary>Adds an input that was not converted, as a Documents row with status "failed" and the reason.</summary>
    public void AddFailure(string path, string reason) =>
        documents.Append([null, null, path, null, Failed, reason, null, null, null, null, null]);

    /// <summary>Writes the workbook to <paramref name="path"/> through a temporary file.</summary>
    public void Save(string path) => WorkbookFile.Save(path, async (sheets, token) =>
    {
        foreach (var (name, spool) in new[] { ("Documents", documents), ("Paragraphs", paragraphs), ("Claims", claims), ("Sources", sources) })
            await sheets.WriteAsync(name, spool.Columns, spool.Rows(), spool.Widths, rowLimit, OverflowNote(name), token);
    });

    public void Dispose()
    {
        documents.Dispose();
        paragraphs.Dispose();
        claims.Dispose();
        sources.Dispose();
    }

    private string OverflowNote(string sheet) => string.Create(CultureInfo.InvariantCulture,
        $"Only the first {rowLimit:N0} rows are in this sheet. Every row is in parquet/{sheet.ToLowerInvariant()}.parquet (docreport convert --format parquet, or docreport merge).");

    private static void AppendRows(RowSpool spool, DatasetTable table, string documentId)
    {
        foreach (var row in table.Rows) spool.Append([documentId, .. row]);
    }

    private static TableColumn[] Combined(DatasetTable empty) => [DocumentColumn, .. empty.Columns];
}
