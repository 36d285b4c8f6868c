using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises a picture caption by the credit that ends it ("Ferries at the quay. Photo: Jane Roe/Agency",
/// "The market at dawn © City Archive", "(crédito: Minervino Júnior/CB)"): a short line whose last few words
/// follow a credit label. The labels come from the boilerplate list's <c>@</c> entries.
/// </summary>
internal sealed class CreditLine
{
    private const int MaxLineWords = 30;
    private const int MaxCreditWords = 8;

    private readonly Regex credit;
    // What every credit holds, a label or ©, found in one scan: most lines have neither, and the full pattern tries
    // each label at every space (4% of a long document's CPU). Same options, so the same letters match.
    private readonly Regex labelOrSign;

    public CreditLine(IEnumerable<string> labels)
    {
        var alternatives = string.Join("|", labels.Select(Regex.Escape).OrderByDescending(l => l.Length));
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        credit = new Regex($@"(?:^|[\s(\[.,;|–—-])(?:{alternatives})(?:\s*[:©]|\s+(?:copyright|credit|by|von|par|por|di)\b)\s*(?<credit>[^:]*?)[)\]]?\s*$|©\s*(?<credit>[^©]*)$", options);
        labelOrSign = new Regex($"{alternatives}|©", options);
    }

    /// <summary>Whether <paramref name="line"/> is a caption or credit line.</summary>
    public bool Matches(string line)
    {
        if (WordCount(line) > MaxLineWords || !labelOrSign.IsMatch(line)) return false;
        var match = credit.Match(line);
        return match.Success && WordCount(match.Groups["credit"].Value) is > 0 and <= MaxCreditWords;
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
