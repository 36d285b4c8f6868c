using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>Tells tables that hold data from tables used for layout, as Readability does.</summary>
internal static class DataTables
{
    public static HashSet<IElement> Find(IElement root)
    {
        var result = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var table in root.GetElementsByTagName("table"))
            if (IsDataTable(table)) result.Add(table);
        return result;
    }

    /// <summary>Whether <paramref name="table"/> holds data rather than laying out the page.</summary>
    public static bool IsDataTable(IElement table)
    {
        if (table.GetAttribute("role") == "presentation" || table.GetAttribute("datatable") == "0") return false;
        if (table.HasAttribute("summary")) return true;
        if (table.GetElementsByTagName("caption").FirstOrDefault() is { HasChildNodes: true }) return true;
        if (table.DescendantElements(e => e.LocalName is "col" or "colgroup" or "tfoot" or "thead" or "th").Count > 0) return true;
        if (table.GetElementsByTagName("table").Length > 0) return false;
        var (rows, columns) = Size(table);
        if (columns == 1 || rows == 1) return false;
        if (rows >= 10 || columns > 4) return true;
        return rows * columns > 10;
    }

    private static (int Rows, int Columns) Size(IElement table)
    {
        int rows = 0, columns = 0;
        foreach (var row in table.GetElementsByTagName("tr"))
        {
            rows += Span(row.GetAttribute("rowspan"));
            columns = Math.Max(columns, row.GetElementsByTagName("td").Sum(cell => Span(cell.GetAttribute("colspan"))));
        }
        return (rows, columns);
    }

    private static int Span(string? value) => int.TryParse(value, out var n) && n > 0 ? n : 1;
}
