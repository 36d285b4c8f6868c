using System.Globalization;
using SpreadCheetah;
using DocReport.Model;
using DocReport.Output.Tables;
using DocReport.Validation;

namespace DocReport.Output.Workbook;

/// <summary>Warnings for the cells the workbook has to cut at Excel's cell limit, so the Validation sheet says so.</summary>
internal static class CellLimitNotes
{
    public static IEnumerable<ValidationIssue> Find(IEnumerable<DatasetTable> tables) =>
        from table in tables
        from r in Enumerable.Range(0, table.Rows.Count)
        from c in Enumerable.Range(0, table.Columns.Count)
        where table.Rows[r][c] is string text && CellText.IsTooLong(text)
        select new ValidationIssue(Severity.Warning, ValidationCodes.WorkbookCellTruncated,
            string.Create(CultureInfo.InvariantCulture,
                $"Column {table.Columns[c].Name} of {table.Rows[r][0]} has {((string)table.Rows[r][c]!).Length:N0} characters, over Excel's {CellText.MaxLength:N0}: ") +
            "the cell is cut and ends with a note; dataset.json and the CSV files hold the full text",
            $"{table.Name}!{SpreadsheetUtility.GetColumnName(c + 1)}{r + 2}");
}
