using System.Globalization;
using DocReport.Model;
using DocReport.Output.Parquet;
using DocReport.Output.Tables;

namespace DocReport.Output.Workbook;

/// <summary>
/// One workbook for a batch: a Documents sheet with a row per input (converted or failed), and the Paragraphs, Claims,
/// Sources and Attributions of every document led by its id and its input's file name (so a filtered row says which
/// article it comes from without a lookup in Documents), in the order the documents are added. Rows wait in
/// temporary files, not in memory, so a batch of any size saves in bounded memory; a sheet holds at most
/// <see cref="RowLimit"/> rows and says below its table where the rest is.
/// </summary>
internal sealed class BatchWorkbook : IDisposable
{
    /// <summary>Rows per sheet; Excel's own limit is 1,048,576 and the Parquet tables hold every row.</summary>
    public const int RowLimit = 1_000_000;

    /// <summary>The input's file name, after the document id in every sheet but Documents (Parquet keeps the id alone: a join is cheap there).</summary>
    private static readonly TableColumn FileName = new("fileName");

    private readonly int rowLimit;
    private readonly RowSpool documents, paragraphs, claims, sources, attributions;

    /// <summary>Keeps rows in temporary files in <paramref name="spoolFolder"/> (the system's temporary folder when null).</summary>
    public BatchWorkbook(string? spoolFolder = null, int rowLimit = RowLimit)
    {
        this.rowLimit = rowLimit;
        var folder = spoolFolder ?? Path.GetTempPath();
        documents = new RowSpool(BatchTables.DocumentColumns, folder);
        paragraphs = new RowSpool(Columns(DatasetTables.Paragraphs), folder);
        claims = new RowSpool(Columns(DatasetTables.Claims), folder);
        sources = new RowSpool(Columns(DatasetTables.Sources), folder);
        attributions = new RowSpool(Columns(DatasetTables.Attributions), folder);
    }

    /// <summary>Adds a converted document: its row in Documents and its paragraphs, claims, sources and attributions.</summary>
    public void Add(ArticleDataset dataset, string? folder = null)
    {
        documents.Append(BatchTables.DocumentRow(dataset, folder));
        Append(paragraphs, DatasetTables.Paragraphs(dataset), dataset.Document);
        Append(claims, DatasetTables.Claims(dataset), dataset.Document);
        Append(sources, DatasetTables.Sources(dataset), dataset.Document);
        Append(attributions, DatasetTables.Attributions(dataset), dataset.Document);
    }

    /// <summary>Adds an input that was not converted, as a Documents row with status "failed" and the reason.</summary>
    public void AddFailure(string path, string reason) => documents.Append(BatchTables.FailureRow(path, reason));

    /// <summary>Writes the workbook to <paramref name="path"/> through a temporary file; cancelled, it leaves the file at
    /// <paramref name="path"/> as it was.</summary>
    public void Save(string path, CancellationToken cancellation = default) => WorkbookFile.Save(path, async (sheets, token) =>
    {
        foreach (var (name, spool) in new[] { ("Documents", documents), ("Paragraphs", paragraphs), ("Claims", claims), ("Sources", sources), ("Attributions", attributions) })
            await sheets.WriteAsync(name, spool.Columns, spool.Rows(), spool.Widths, rowLimit, OverflowNote(name), token);
    }, cancellation);

    public void Dispose()
    {
        documents.Dispose();
        paragraphs.Dispose();
        claims.Dispose();
        sources.Dispose();
        attributions.Dispose();
    }

    private string OverflowNote(string sheet) => string.Create(CultureInfo.InvariantCulture,
        $"Only the first {rowLimit:N0} rows are in this sheet. Every row is in {ParquetDataset.FolderName}/{sheet.ToLowerInvariant()}.parquet (docreport convert --format parquet, or docreport merge).");

    private static TableColumn[] Columns(Func<ArticleDataset, DatasetTable> table)
    {
        var columns = BatchTables.ColumnsOf(table);
        return [columns[0], FileName, .. columns[1..]];
    }

    private static void Append(RowSpool spool, DatasetTable table, DocumentInfo document)
    {
        var fileName = SourceFileName.Of(document.SourcePath);
        foreach (var row in table.EachRow()) spool.Append([document.Id, fileName, .. row]);
    }
}
