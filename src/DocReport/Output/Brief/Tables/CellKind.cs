using System.Text.RegularExpressions;

namespace DocReport.Output.Brief.Tables;

/// <summary>What a cell's text looks like: a number (right-aligned in its column), a year, or words.</summary>
internal static partial class CellKind
{
    /// <summary>A figure such as <c>4.5</c>, <c>-12%</c>, <c>$1,200</c>, <c>(3.1)</c> or <c>≈ 40 000</c>.</summary>
    public static bool IsNumber(string cell) => Number().IsMatch(cell.Trim());

    /// <summary>A plain four-digit year from 1000 to 2999, which a header row may hold as a column title.</summary>
    public static bool IsYear(string cell) => Year().IsMatch(cell.Trim());

    [GeneratedRegex(@"^[-+−±~≈<>(\p{Sc}]*\s?\d[\d.,\u00A0\u202F ]*[%‰)\p{Sc}]*$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[12]\d{3}$")]
    private static partial Regex Year();
}
