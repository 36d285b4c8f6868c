using System.Globalization;
using DocReport.Model;
using DocReport.Output.Tables;

namespace DocReport.Output.Workbook;

/// <summary>
/// One workbook for a batch: a Documents sheet with a row per input (converted or failed), and the Paragraphs, Claims,
/// Sources and Attributions of every document with a Document column, in the order the documents are added. Rows wait in
/// temporary files, not in memory, so a batch of any size saves in bounded memory; a sheet holds at most
/// <see cref="RowLimit"/> rows and says below its table where the rest is.
/// </summary>
internal sealed class BatchWorkbook : IDisposable
{
    /// <summary>Rows per sheet; Excel's own limit is 1,048,576 and the Parquet tables hold every row.</summary>
    public const int RowLimit = 1_000_000;

    private readonly int rowLimit;
    private readonly RowSpool documents, paragraphs, claims, sources, attributions;

    /// <summary>Keeps rows in temporary files in <paramref name="spoolFolder"/> (the system's temporary folder when null).</summary>
    public BatchWorkbook(string? spoolFolder = null, int rowLimit = RowLimit)
    {
        this.rowLimit = rowLimit;
        var folder = spoolFolder ?? Path.GetTempPath();
        documents = new RowSpool(BatchTables.DocumentColumns, folder);
        paragraphs = new RowSpool(BatchTables.ColumnsOf(DatasetTables.Paragraphs), folder);
        claims = new RowSpool(BatchTables.ColumnsOf(DatasetTables.Claims), folder);
        sources = new RowSpool(BatchTables.ColumnsOf(DatasetTables.Sources), folder);
        attributions = new RowSpool(BatchTables.ColumnsOf(DatasetTables.Attributions), folder);
    }

    /// <summary>Adds a converted document: its row in Documents and its paragraphs, claims, sources and attributions.</summary>
    public void Add(ArticleDataset dataset)
    {
        documents.Append(BatchTables.DocumentRow(dataset));
        Append(paragraphs, DatasetTables.Paragraphs(dataset), dataset.Document.Id);
        Append(claims, DatasetTables.Claims(dataset), dataset.Document.Id);
        Append(sources, DatasetTables.Sources(dataset), dataset.Document.Id);
        Append(attributions, DatasetTables.Attributions(dataset), dataset.Document.Id);
    }

    /// <summary>Adds an input that was not converted, as a Documents row with status "failed" and the reason.</summary>
    public void AddFailure(string path, string reason) => documents.Append(BatchTables.FailureRow(path, reason));

    /// <summary>Writes the workbook to <paramref name="path"/> through a temporary file.</summary>
    public void Save(string path) => WorkbookFile.Save(path, async (sheets, token) =>
    {
        foreach (var (name, spool) in new[] { ("Documents", documents), ("Paragraphs", paragraphs), ("Claims", claims), ("Sources", sources), ("Attributions", attributions) })
            await sheets.WriteAsync(name, spool.Columns, spool.Rows(), spool.Widths, rowLimit, OverflowNote(name), token);
    });

    public void Dispose()
    {
        documents.Dispose();
        paragraphs.Dispose();
        claims.Dispose();
        sources.Dispose();
        attributions.Dispose();
    }

    private string OverflowNote(string sheet) => string.Create(CultureInfo.InvariantCulture,
        $"Only the first {rowLimit:N0} rows are in this sheet. Every row is in parquet/{sheet.ToLowerInvariant()}.parquet (docreport convert --format parquet, or docreport merge).");

    private static void Append(RowSpool spool, DatasetTable table, string documentId)
    {
        foreach (var row in BatchTables.RowsOf(table, documentId)) spool.Append(row);
    }
}
