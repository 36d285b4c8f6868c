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
            var cell = table.HeaderCell().Background(styles.Colors.TableHeader).BorderBottom(0.75f, styles.Colors.Accent).Padding(4, 4, 4, 4);
            if (title.StartsWith('>')) cell.AlignRight().Text(title[1..]).Style(styles.TableHeader);
            else cell.Text(title).Style(styles.TableHeader);
        }
    }

    public IContainer Cell() =>
        table.Cell().BorderBottom(0.5f, styles.Colors.Rule).Padding(4, 3.5f, 4, 3.5f).DefaultTextStyle(styles.Cell);

    /// <summary>A cell whose content sits at its right edge, for numbers.</summary>
    public IContainer NumberCell() => Cell().AlignRight();
}
