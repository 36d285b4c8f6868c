using DocReport.Layout;

namespace DocReport.Output.Brief;

/// <summary>The look shared by the brief's tables: shaded header, rule under every row, cell padding.</summary>
internal sealed class BriefTable(TableDescriptor table, BriefStyles styles)
{
    /// <summary>The header row; a title starting with '>' is right-aligned, over a column of numbers.</summary>
    public void Header(params string[] titles)
    {
        foreach (var title in titles)
        {
            var cell = HeaderCell();
            if (title.StartsWith('>')) cell.AlignRight().Text(title[1..]);
            else cell.Text(title);
        }
    }

    /// <summary>A header cell: shaded, ruled in the accent colour, repeated on every page the table spans.</summary>
    public IContainer HeaderCell() =>
        table.HeaderCell().Background(styles.Colors.TableHeader).BorderBottom(0.75f, styles.Colors.Accent)
            .Padding(CellPadding, 4, CellPadding, 4).DefaultTextStyle(styles.TableHeader);

    /// <summary>
    /// A column width that sets the widest of <paramref name="texts"/> on one line, up to <paramref name="maxShare"/>
    /// of the page's width, so names wrap over at most a few lines; never narrower than <paramref name="minWidth"/>.
    /// </summary>
    public float FittingWidth(IEnumerable<string> texts, float maxShare = 0.3f, float minWidth = 48) =>
        Fitting(texts, styles.Cell.Over(styles.Body), maxShare, minWidth);

    /// <summary>
    /// A column width that sets every id of <paramref name="ids"/> on one line, bold as id cells are, never narrower than
    /// <paramref name="minWidth"/>: in a narrow column "C111" breaks into "C11" over "1", and a reader takes it for claim C11.
    /// </summary>
    public float IdWidth(IEnumerable<string> ids, float minWidth) => Fitting(ids, (styles.Cell with { Bold = true }).Over(styles.Body), 1, minWidth);

    private float Fitting(IEnumerable<string> texts, TextStyle style, float maxShare, float minWidth)
    {
        var widest = texts.Select(t => TextMeasure.Width(t, style)).DefaultIfEmpty(0).Max();
        return Math.Clamp(widest + 2 * CellPadding + 1, minWidth, Math.Max(minWidth, styles.ContentWidth * maxShare));
    }

    /// <summary>The space between a cell's edge and its text, left and right.</summary>
    public const float CellPadding = 4;

    public IContainer Cell() =>
        table.Cell().BorderBottom(0.5f, styles.Colors.Rule).Padding(CellPadding, 3.5f, CellPadding, 3.5f).DefaultTextStyle(styles.Cell);

    /// <summary>A cell whose content sits at its right edge, for numbers.</summary>
    public IContainer NumberCell() => Cell().AlignRight();
}
