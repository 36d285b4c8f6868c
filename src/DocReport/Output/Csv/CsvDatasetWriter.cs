using System.Globalization;
using System.Text;
using DocReport.Model;
using DocReport.Output.Tables;
using DocReport.Pipeline;

namespace DocReport.Output.Csv;

/// <summary>Writes one RFC 4180 CSV file per table: UTF-8 with a BOM (so Excel reads it as UTF-8), "\r\n" rows, text as in the dataset but for a quote before formula-like cells.</summary>
public sealed class CsvDatasetWriter : IDatasetWriter
{
    private const string FormulaStarts = "=+-@\t\r";
    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <inheritdoc />
    public string Format => OutputFormats.Csv;

    /// <summary>Writes paragraphs.csv, sentences.csv, claims.csv, attributions.csv, sources.csv and validation.csv, each through a temporary file.</summary>
    public void Write(ArticleDataset dataset, string folder)
    {
        foreach (var table in Enum.GetValues<CsvTable>())
            AtomicFile.Write(Path.Combine(folder, FileName(table)), stream => Write(dataset, table, stream));
    }

    /// <summary>Writes one table to <paramref name="output"/>, which is left open.</summary>
    public void Write(ArticleDataset dataset, CsvTable table, Stream output) => Write(Table(dataset, table), output);

    /// <summary>The file a table is written to: its name in lower case, <c>claims.csv</c>.</summary>
    public static string FileName(CsvTable table) => table.ToString().ToLowerInvariant() + ".csv";

    private static DatasetTable Table(ArticleDataset d, CsvTable table) => table switch
    {
        CsvTable.Paragraphs => DatasetTables.Paragraphs(d),
        CsvTable.Sentences => DatasetTables.Sentences(d),
        CsvTable.Claims => DatasetTables.Claims(d),
        CsvTable.Attributions => DatasetTables.Attributions(d),
        CsvTable.Sources => DatasetTables.Sources(d),
        CsvTable.Validation => DatasetTables.Validation(d.Validation),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "not a CSV table"),
    };

    private static void Write(DatasetTable table, Stream stream)
    {
        using var writer = new StreamWriter(stream, Utf8WithBom, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Field(c.Name))));
        foreach (var row in table.Rows)
            writer.WriteLine(string.Join(',', row.Select(cell => Field(Text(cell)))));
    }

    private static string Text(object? cell) => cell switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => SpreadsheetSafe(cell.ToString() ?? ""),
    };

    /// <summary>
    /// Text a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets a
    /// leading single quote, as OWASP recommends against CSV injection; numbers are written as they are.
    /// </summary>
    internal static string SpreadsheetSafe(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    /// <summary>Quotes a field holding a comma, quote, line break or neutralised formula, doubling its quotes (RFC 4180 §2).</summary>
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 && !value.StartsWith('\'') ? value : '"' + value.Replace("\"", "\"\"") + '"';
}
