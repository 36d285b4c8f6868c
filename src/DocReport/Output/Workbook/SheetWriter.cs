using DocReport.Output.Tables;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Tables;
using SpreadCheetah.Worksheets;

namespace DocReport.Output.Workbook;

/// <summary>Writes tables as worksheets of one workbook: each an Excel table with filters, a frozen header, widths that fit and wrapped long text.</summary>
internal sealed class SheetWriter(Spreadsheet book)
{
    // Excel's HYPERLINK formula takes at most 255 characters; a longer URL stays plain text.
    private const int MaxHyperlinkLength = 255;
    private static readonly Style Top = new() { Alignment = new Alignment { Vertical = VerticalAlignment.Top } };
    private static readonly Style TopWrapped = new() { Alignment = new Alignment { Vertical = VerticalAlignment.Top, WrapText = true } };

    private readonly StyleId link = book.AddStyle(Style.Hyperlink with { Alignment = Top.Alignment });
    private readonly StyleId day = book.AddStyle(Top with { Format = NumberFormat.Custom("yyyy-mm-dd") });
    private readonly StyleId time = book.AddStyle(Top with { Format = NumberFormat.Custom(TimeFormat) });
    // Two decimals as the brief shows scores (ReaderText.Score): a score under 1 never reads 1.00; the cell keeps every decimal.
    private readonly StyleId score = book.AddStyle(Top with { Format = NumberFormat.Custom("[>=1]0.00;[>=0.995]\"0.99\";0.00") });
    // A timestamp's offset, shown after its wall-clock time: one style per offset met, in the order met, so the bytes stay the same.
    private readonly Dictionary<string, StyleId> offsets = [];
    private const string TimeFormat = "yyyy-mm-dd hh:mm";

    /// <summary>Writes a table held in memory.</summary>
    public ValueTask WriteAsync(DatasetTable table, CancellationToken token = default) =>
        WriteAsync(table.Name, table.Columns, table.Rows, ColumnWidths.Of(table), table.Rows.Count, null, token);

    /// <summary>
    /// Writes up to <paramref name="rowLimit"/> of <paramref name="rows"/> (read once, in order) as a sheet; when there are more,
    /// <paramref name="overflowNote"/> is written below the table so a reader knows where the rest is.
    /// </summary>
    public async ValueTask WriteAsync(string name, IReadOnlyList<TableColumn> columns, IEnumerable<object?[]> rows,
        ColumnWidths widths, long rowLimit, string? overflowNote, CancellationToken token = default)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var c = 0; c < columns.Count; c++)
        {
            options.Column(c + 1).Width = widths.Width(c);
            options.Column(c + 1).DefaultStyle = widths.Wraps(c) ? TopWrapped : Top;
        }
        await book.StartWorksheetAsync(name, options, token);
        book.StartTable(new Table(TableStyle.Medium2, name + "Table"));
        await book.AddHeaderRowAsync(columns.Select(c => c.Name).ToArray(), token: token);
        var cells = new Cell[columns.Count];
        long written = 0;
        var overflow = false;
        foreach (var row in rows)
        {
            if (written == rowLimit) { overflow = true; break; }
            token.ThrowIfCancellationRequested();
            for (var c = 0; c < cells.Length; c++) cells[c] = ToCell(row[c], columns[c].Kind);
            await book.AddRowAsync(cells, token);
            written++;
        }
        // An Excel table needs a data row: an empty table keeps one blank row.
        if (written == 0) await book.AddRowAsync(Array.Empty<Cell>(), token);
        await book.FinishTableAsync(token);
        if (overflow && overflowNote is not null)
        {
            await book.AddRowAsync(Array.Empty<Cell>(), token);
            await book.AddRowAsync([new Cell(overflowNote)], token);
        }
    }

    /// <summary>Document text goes in as a string, never parsed: "=1+2" stays text, "-5%" is not turned into a number.</summary>
    private Cell ToCell(object? value, ColumnKind kind) => value switch
    {
        null => default,
        string text when kind == ColumnKind.Url && IsWebLink(text, out var uri) => new Cell(Formula.Hyperlink(uri), text, link),
        string text when kind == ColumnKind.Date => DateCell(text),
        DateText date => DateCell(date.Text),
        string text => new Cell(CellText.Fit(text)),
        bool flag => new Cell(flag),
        int number => new Cell(number),
        long number => new Cell(number),
        double number => kind == ColumnKind.Score ? new Cell(number, score) : new Cell(number),
        _ => throw new ArgumentException($"A table cell must be a string, int, long, double, bool or null, not {value.GetType().Name}", nameof(value)),
    };

    /// <summary>
    /// An Excel date for ISO 8601 text, at the page's own time of day with its UTC offset written after it
    /// ("2025-03-08 09:00 +01:00"), so a filter reads a date and a person the page's time zone; other text as text.
    /// </summary>
    private Cell DateCell(string text)
    {
        if (!PublishedDate.TryParse(text, out var date, out var hasTime)) return new Cell(CellText.Fit(text));
        if (!hasTime) return new Cell(date, day);
        if (PublishedDate.Offset(text) is not { } offset) return new Cell(date, time);
        if (!offsets.TryGetValue(offset, out var style))
            offsets[offset] = style = book.AddStyle(Top with { Format = NumberFormat.Custom($"{TimeFormat} \"{offset}\"") });
        return new Cell(date, style);
    }

    /// <summary>Only well-formed http and https addresses become links; the formula holds the address as a quoted literal, never document text as code.</summary>
    private static bool IsWebLink(string text, out Uri uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && text.Length <= MaxHyperlinkLength && uri.IsWellFormedOriginalString() && CellText.Clean(text) == text;
}
