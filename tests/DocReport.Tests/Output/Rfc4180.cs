using System.Text;

namespace DocReport.Tests.Output;

/// <summary>A strict RFC 4180 reader for the tests: fails on anything the RFC does not allow, such as a bare quote or a lone "\n" row end.</summary>
internal static class Rfc4180
{
    public static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                for (i++; ; i++)
                {
                    if (i >= csv.Length) throw new FormatException("unterminated quoted field");
                    if (csv[i] != '"') { field.Append(csv[i]); continue; }
                    if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; continue; }
                    i++;
                    break;
                }
            }
            else
            {
                for (; i < csv.Length && csv[i] is not (',' or '\r' or '\n'); i++)
                    field.Append(csv[i] == '"' ? throw new FormatException($"bare quote at {i}") : csv[i]);
            }
            row.Add(field.ToString());
            field.Clear();
            if (i < csv.Length && csv[i] == ',') { i++; continue; }
            if (i + 1 >= csv.Length || csv[i] != '\r' || csv[i + 1] != '\n') throw new FormatException($"row must end with CRLF at {i}");
            i += 2;
            rows.Add([.. row]);
            row.Clear();
        }
        return rows;
    }
}
