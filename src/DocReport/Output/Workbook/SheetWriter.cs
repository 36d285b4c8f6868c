using System.Globalization;
using ClosedXML.Excel;
using DocReport.Output.Tables;

namespace DocReport.Output.Workbook;

/// <summary>Writes a table as a worksheet: an Excel table with filters, a frozen header, widths that fit and wrapped long text.</summary>
internal static class SheetWriter
{
    /// <summary>Widest a column gets, in characters; longer text wraps.</summary>
    public const int MaxWidth = 80;
    private const int MinWidth = 6;
    // The header cell also holds the filter button.
    private const int FilterButtonWidth = 3;
    // Excel refuses longer hyperlink addresses.
    private const int MaxHyperlinkLength = 2000;

    public static IXLWorksheet Write(XLWorkbook workbook, DatasetTable table)
    {
        var sheet = workbook.AddWorksheet(table.Name);
        for (var c = 0; c < table.Columns.Count; c++)
            sheet.Cell(1, c + 1).SetValue(table.Columns[c].Name);
        for (var r = 0; r < table.Rows.Count; r++)
            for (var c = 0; c < table.Columns.Count; c++)
                SetCell(sheet.Cell(r + 2, c + 1), table.Rows[r][c], table.Columns[c].Kind);
        // An Excel table needs a data row: an empty table keeps one blank row.
        var range = sheet.Range(1, 1, Math.Max(2, table.Rows.Count + 1), table.Columns.Count);
        range.CreateTable(table.Name + "Table");
        // Styled on the table, not the sheet: a sheet-wide style makes ClosedXML write a column entry out of order.
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.SheetView.FreezeRows(1);
        for (var c = 0; c < table.Columns.Count; c++)
            SizeColumn(sheet.Column(c + 1), table, c);
        return sheet;
    }

    /// <summary>Document text goes in as a string, never parsed: "=1+2" stays text, "-5%" is not turned into a number.</summary>
    private static void SetCell(IXLCell cell, object? value, ColumnKind kind)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                cell.SetValue(CellText.Fit(text));
                cell.DataType = XLDataType.Text;
                if (kind == ColumnKind.Url && text.Length <= MaxHyperlinkLength && Uri.TryCreate(text, UriKind.Absolute, out var uri)
                    && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                    cell.Hyperlink = new XLHyperlink(uri);
                return;
            case bool flag:
                cell.SetValue(flag);
                return;
            case int number:
                cell.SetValue(number);
                return;
            case double number:
                cell.SetValue(number);
                return;
            default:
                throw new ArgumentException($"A table cell must be a string, int, double, bool or null, not {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>Width from the longest line in the column (AdjustToContents needs libgdiplus on Linux); long text wraps.</summary>
    private static void SizeColumn(IXLColumn column, DatasetTable table, int c)
    {
        var longest = table.Columns[c].Name.Length + FilterButtonWidth;
        foreach (var row in table.Rows)
            longest = Math.Max(longest, LongestLine(row[c]));
        column.Width = Math.Clamp(longest + 1, MinWidth, MaxWidth);
        if (table.Columns[c].Kind == ColumnKind.LongText || longest > MaxWidth)
            column.Style.Alignment.WrapText = true;
    }

    private static int LongestLine(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
            if ((longest = Math.Max(longest, line.Length)) > MaxWidth) break;
        return longest;
    }
}
