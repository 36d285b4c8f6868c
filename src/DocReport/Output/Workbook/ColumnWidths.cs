using System.Globalization;
using DocReport.Output.Tables;

namespace DocReport.Output.Workbook;

/// <summary>
/// Column widths from the longest line seen in each column (AdjustToContents-style measuring needs fonts a server lacks),
/// capped so long text wraps. Rows are shown one at a time, so a streamed sheet can be measured as it is spooled.
/// </summary>
internal sealed class ColumnWidths
{
    /// <summary>Widest a column gets, in characters; longer text wraps.</summary>
    public const int MaxWidth = 80;
    private const int MinWidth = 6;
    // The header cell also holds the filter button.
    private const int FilterButtonWidth = 3;
    private const double CellPadding = 5.0 / 7;

    private readonly IReadOnlyList<TableColumn> columns;
    private readonly int[] longest;

    public ColumnWidths(IReadOnlyList<TableColumn> columns)
    {
        this.columns = columns;
        longest = columns.Select(c => c.Name.Length + FilterButtonWidth).ToArray();
    }

    /// <summary>The widths of a table held in memory.</summary>
    public static ColumnWidths Of(DatasetTable table)
    {
        var widths = new ColumnWidths(table.Columns);
        foreach (var row in table.Rows) widths.Observe(row);
        return widths;
    }

    public void Observe(object?[] row)
    {
        for (var c = 0; c < longest.Length; c++)
            if (longest[c] <= MaxWidth) longest[c] = Math.Max(longest[c], LongestLine(row[c]));
    }

    /// <summary>The width Excel stores: characters plus the cell padding (5 pixels of a 7-pixel digit in the default font).</summary>
    public double Width(int column) => Math.Clamp(longest[column] + 1, MinWidth, MaxWidth) + CellPadding;

    /// <summary>Long-text columns always wrap; others only when their text is wider than the cap.</summary>
    public bool Wraps(int column) => columns[column].Kind == ColumnKind.LongText || longest[column] > MaxWidth;

    private static int LongestLine(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        var result = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
            if ((result = Math.Max(result, line.Length)) > MaxWidth) break;
        return result;
    }
}
