using System.Globalization;
using System.Text;

namespace DocReport.Cli.Convert;

/// <summary>
/// Text from outside (a file name, a document's error) as it goes into a progress or failure line: a control character
/// is written as its escape ("bad\nname.txt"), so a file name holding a newline cannot split one line of a log in two.
/// </summary>
internal static class LogText
{
    public static string Escaped(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $@"\x{(int)c:X2}"),
                _ => c.ToString(),
            });
        return escaped.ToString();
    }
}
