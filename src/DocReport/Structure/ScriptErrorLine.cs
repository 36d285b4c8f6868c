using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises an error message a page's PHP scripts printed into it ("Deprecated: Function set_magic_quotes_runtime() is
/// deprecated in /var/www/wp-settings.php on line 18", "Warning: Cannot modify header information - headers already sent by
/// ... in /home/site/index.php on line 12"): PHP's level, a colon, the message and the script's file and line, as PHP writes
/// them in every language. The server's words, not the article's.
/// </summary>
internal static partial class ScriptErrorLine
{
    public static bool Matches(string line) =>
        line.Contains(".php", StringComparison.OrdinalIgnoreCase) && line.Contains(" on line ", StringComparison.Ordinal) && PhpError().IsMatch(line);

    [GeneratedRegex(@"^\W*(?:PHP\s+)?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable |Recoverable )?Fatal error|Parse error)\s*:.*\sin\s+\S+\.php\s+on\s+line\s+\d+\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhpError();
}
