using DocReport.Model;
using DocReport.Output.Tables;

namespace DocReport.Output.Parquet;

/// <summary>
/// The batch as a dataset: one Parquet file per table (documents, paragraphs, sentences, claims, attributions, sources,
/// validation) in <c>parquet/</c>, every row led by its document's id, documents in the order they are added, so pandas,
/// Polars, DuckDB and Spark read the whole corpus at once.
/// </summary>
internal sealed class ParquetDataset : IAsyncDisposable
{
    /// <summary>The folder under the batch's output root that holds the files.</summary>
    public const string FolderName = "parquet";
    /// <summary>Rows per row group at most; fixed, so the same rows give the same bytes.</summary>
    public const int RowGroupRows = 10_000;
    /// <summary>
    /// Memory the buffered rows of a row group may hold, at most: a table of one row a document (documents) or fewer
    /// (validation) otherwise held up to 10,000 documents' rows, so a batch's memory grew with its size.
    /// </summary>
    public const long RowGroupBytes = 2 << 20;

    private static readonly (string Name, Func<ArticleDataset, DatasetTable> Table)[] PerDocument =
    [
        ("paragraphs", DatasetTables.Paragraphs), ("sentences", DatasetTables.Sentences), ("claims", DatasetTables.Claims),
        ("attributions", DatasetTables.Attributions), ("sources", DatasetTables.Sources), ("validation", d => DatasetTables.Validation(d.Validation)),
    ];

    private readonly ParquetTable documents;
    private readonly bool createdFolder;
    private readonly ParquetTable[] tables;

    public ParquetDataset(string outputRoot, int rowGroupRows = RowGroupRows, long rowGroupBytes = RowGroupBytes)
    {
        // Named as the caller named the root, so a run's messages give its two batch outputs alike.
        var folder = Path.Combine(outputRoot, FolderName);
        createdFolder = !Directory.Exists(folder);
        Directory.CreateDirectory(folder);
        documents = new ParquetTable(Path.Combine(folder, "documents.parquet"), BatchTables.DocumentColumns, rowGroupRows, rowGroupBytes);
        tables = PerDocument.Select(t => new ParquetTable(Path.Combine(folder, t.Name + ".parquet"), BatchTables.ColumnsOf(t.Table), rowGroupRows, rowGroupBytes)).ToArray();
        Folder = folder;
    }

    /// <summary>The folder the files are written to.</summary>
    public string Folder { get; }

    public async ValueTask AddAsync(ArticleDataset dataset, CancellationToken token = default) => await AddAsync(dataset, null, token);

    /// <summary>Adds a converted document, its output <paramref name="folder"/> (relative to the output root) in its Documents row.</summary>
    public async ValueTask AddAsync(ArticleDataset dataset, string? folder, CancellationToken token = default)
    {
        await documents.AddAsync(BatchTables.DocumentRow(dataset, folder), token);
        for (var t = 0; t < tables.Length; t++)
            foreach (var row in BatchTables.RowsOf(PerDocument[t].Table(dataset), dataset.Document.Id))
                await tables[t].AddAsync(row, token);
    }

    public ValueTask AddFailureAsync(string path, string reason, CancellationToken token = default) =>
        documents.AddAsync(BatchTables.FailureRow(path, reason), token);

    /// <summary>Writes every table's file under a temporary name: <see cref="Commit"/> moves them into place, or disposing removes them.</summary>
    public async ValueTask FinishAsync(CancellationToken token = default)
    {
        await documents.FinishAsync(token);
        foreach (var table in tables) await table.FinishAsync(token);
    }

    /// <summary>Moves the finished files into place, one after another with nothing in between, so the folder holds one run's tables.</summary>
    public void Commit()
    {
        documents.Commit();
        foreach (var table in tables) table.Commit();
    }

    /// <summary>Removes the unsaved tables' temporary files, and the folder when this batch made it and left it empty (a cancelled run).</summary>
    public async ValueTask DisposeAsync()
    {
        await documents.DisposeAsync();
        foreach (var table in tables) await table.DisposeAsync();
        if (createdFolder && Directory.Exists(Folder) && !Directory.EnumerateFileSystemEntries(Folder).Any())
            Directory.Delete(Folder);
    }
}
