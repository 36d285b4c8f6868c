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

    // Each row is written field by field into the writer's buffer, as its cells are made (no string per field or row, and
    // no table held whole): on a long document the tables run to tens of megabytes of text.
    private static void Write(DatasetTable table, Stream stream)
    {
        using var writer = new StreamWriter(stream, Utf8WithBom, BufferChars, leaveOpen: true) { NewLine = "\r\n" };
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (c > 0) writer.Write(',');
            WriteField(writer, table.Columns[c].Name);
        }
        writer.WriteLine();
        Span<char> number = stackalloc char[64];
        foreach (var row in table.EachRow())
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (c > 0) writer.Write(',');
                WriteCell(writer, row[c], number);
            }
            writer.WriteLine();
        }
    }

    private const int BufferChars = 16 * 1024;

    /// <summary>
    /// A cell as text: numbers in the invariant culture, booleans in lower case, other text as it is but for text a
    /// spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return), which gets a leading single
    /// quote, as OWASP recommends against CSV injection (and so is quoted); numbers are written as they are.
    /// </summary>
    private static void WriteCell(StreamWriter writer, object? cell, Span<char> number)
    {
        switch (cell)
        {
            case null:
                return;
            case bool b:
                writer.Write(b ? "true" : "false");
                return;
            case ISpanFormattable f when f.TryFormat(number, out var written, default, CultureInfo.InvariantCulture):
                WriteField(writer, number[..written]);
                return;
            case IFormattable f:
                WriteField(writer, f.ToString(null, CultureInfo.InvariantCulture));
                return;
        }
        var text = cell.ToString() ?? "";
        if (text.Length > 0 && FormulaStarts.Contains(text[0]))
        {
            // the leading single quote is one more reason to quote the field
            writer.Write('"');
            writer.Write('\'');
            WriteDoubled(writer, text);
            writer.Write('"');
        }
        else WriteField(writer, text);
    }

    /// <summary>Quotes a field holding a comma, quote, line break or neutralised formula, doubling its quotes (RFC 4180 §2).</summary>
    private static void WriteField(StreamWriter writer, ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny(",\"\r\n") < 0 && !value.StartsWith('\''))
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        WriteDoubled(writer, value);
        writer.Write('"');
    }

    private static void WriteDoubled(StreamWriter writer, ReadOnlySpan<char> value)
    {
        for (var quote = value.IndexOf('"'); quote >= 0; quote = value.IndexOf('"'))
        {
            writer.Write(value[..(quote + 1)]);
            writer.Write('"');
            value = value[(quote + 1)..];
        }
        writer.Write(value);
    }
}
