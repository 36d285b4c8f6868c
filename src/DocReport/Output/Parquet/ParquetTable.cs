using DocReport.Output.Tables;
using Parquet;
using Parquet.Schema;

namespace DocReport.Output.Parquet;

/// <summary>
/// One table of the batch dataset as a Parquet file, written through a temporary file: rows are buffered and written
/// a row group at a time, cut at a count of rows or at an estimate of the memory the buffered rows hold, whichever comes
/// first, so memory stays bounded whatever the batch's size, and cut by the rows alone, so the same rows give the same bytes.
/// </summary>
internal sealed class ParquetTable : IAsyncDisposable
{
    private readonly IReadOnlyList<TableColumn> columns;
    private readonly DataField[] fields;
    private readonly int rowGroupRows;
    private readonly long rowGroupBytes;
    private long bufferedBytes;
    private readonly string path;
    private readonly string temp;
    private readonly FileStream file;
    private readonly List<object?[]> buffer = [];
    private ParquetWriter? writer;

    public ParquetTable(string path, IReadOnlyList<TableColumn> columns, int rowGroupRows, long rowGroupBytes)
    {
        this.path = path;
        this.columns = columns;
        this.rowGroupRows = rowGroupRows;
        this.rowGroupBytes = rowGroupBytes;
        fields = columns.Select(Field).ToArray();
        temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite);
    }

    public async ValueTask AddAsync(object?[] row, CancellationToken token)
    {
        buffer.Add(row);
        bufferedBytes += BytesOf(row);
        if (buffer.Count == rowGroupRows || bufferedBytes >= rowGroupBytes) await FlushAsync(token);
    }

    /// <summary>Writes what is buffered and the file's footer, still under the temporary name.</summary>
    public async ValueTask FinishAsync(CancellationToken token)
    {
        if (buffer.Count > 0 || writer is null) await FlushAsync(token);
        await writer!.DisposeAsync();
        writer = null;
        await file.DisposeAsync();
    }

    /// <summary>Moves the finished file into place.</summary>
    public void Commit() => File.Move(temp, path, overwrite: true);

    public async ValueTask DisposeAsync()
    {
        if (writer is not null) await writer.DisposeAsync();
        await file.DisposeAsync();
        if (File.Exists(temp)) File.Delete(temp);
    }

    private async ValueTask FlushAsync(CancellationToken token)
    {
        writer ??= await ParquetWriter.CreateAsync(new ParquetSchema(fields), file, cancellationToken: token);
        using (var group = writer.CreateRowGroup())
        {
            for (var c = 0; c < fields.Length; c++)
            {
                var field = fields[c];
                var column = c;
                switch (columns[c].Type)
                {
                    case CellType.Int: await group.WriteAsync(field, Values<int>(column), cancellationToken: token); break;
                    case CellType.Double: await group.WriteAsync(field, Values<double>(column), cancellationToken: token); break;
                    case CellType.Bool: await group.WriteAsync(field, Values<bool>(column), cancellationToken: token); break;
                    default: await group.WriteAsync(field, buffer.Select(row => (string)row[column]!).ToArray()); break;
                }
            }
        }
        buffer.Clear();
        bufferedBytes = 0;
    }

    /// <summary>What a buffered row holds on the managed heap: its array, and each cell's string or boxed number.</summary>
    private static long BytesOf(object?[] row)
    {
        long bytes = 24 + 8L * row.Length;
        foreach (var cell in row) bytes += cell is string text ? 22 + 2L * text.Length : cell is null ? 0 : 24;
        return bytes;
    }

    private ReadOnlyMemory<T?> Values<T>(int column) where T : struct => buffer.Select(row => (T?)row[column]).ToArray();

    private static DataField Field(TableColumn column) => column.Type switch
    {
        CellType.Int => new DataField<int?>(column.Name),
        CellType.Double => new DataField<double?>(column.Name),
        CellType.Bool => new DataField<bool?>(column.Name),
        _ => new DataField<string>(column.Name, nullable: true),
    };
}
