using DocReport.Output.Tables;

namespace DocReport.Output.Workbook;

/// <summary>
/// The rows of one streamed sheet, kept in a temporary file rather than in memory, and measured as they come;
/// a workbook writes its sheets one after another, so each sheet's rows wait here until their turn.
/// </summary>
internal sealed class RowSpool : IDisposable
{
    private enum Tag : byte { Null, Text, Int, Long, Double, True, False }

    private readonly FileStream file;
    private readonly BinaryWriter writer;

    public RowSpool(IReadOnlyList<TableColumn> columns, string folder)
    {
        Columns = columns;
        Widths = new ColumnWidths(columns);
        file = new FileStream(Path.Combine(folder, $".docreport-rows-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        writer = new BinaryWriter(file);
    }

    public IReadOnlyList<TableColumn> Columns { get; }
    public ColumnWidths Widths { get; }
    public long Count { get; private set; }

    public void Append(object?[] row)
    {
        Widths.Observe(row);
        foreach (var cell in row)
        {
            switch (cell)
            {
                case null: writer.Write((byte)Tag.Null); break;
                case string text: writer.Write((byte)Tag.Text); writer.Write(text); break;
                case int number: writer.Write((byte)Tag.Int); writer.Write(number); break;
                case long number: writer.Write((byte)Tag.Long); writer.Write(number); break;
                case double number: writer.Write((byte)Tag.Double); writer.Write(number); break;
                case bool flag: writer.Write((byte)(flag ? Tag.True : Tag.False)); break;
                default: throw new ArgumentException($"A table cell must be a string, int, long, double, bool or null, not {cell.GetType().Name}", nameof(row));
            }
        }
        Count++;
    }

    /// <summary>The rows in the order they were appended; one reader at a time.</summary>
    public IEnumerable<object?[]> Rows()
    {
        writer.Flush();
        file.Position = 0;
        var reader = new BinaryReader(file);
        for (long r = 0; r < Count; r++)
        {
            var row = new object?[Columns.Count];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = (Tag)reader.ReadByte() switch
                {
                    Tag.Null => null,
                    Tag.Text => reader.ReadString(),
                    Tag.Int => reader.ReadInt32(),
                    Tag.Long => reader.ReadInt64(),
                    Tag.Double => reader.ReadDouble(),
                    Tag.True => true,
                    _ => false,
                };
            }
            yield return row;
        }
        file.Seek(0, SeekOrigin.End);
    }

    public void Dispose() => file.Dispose();
}
