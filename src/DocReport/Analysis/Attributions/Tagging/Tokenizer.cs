using System.Text.RegularExpressions;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// Splits text into words and single punctuation marks, the way the attribution annotations cut it: dotted
/// acronyms ("U.S.") and numbers ("3,000") whole, clitics apart ("Trump’s" -> "Trump" "’s", "didn’t" -> "did" "n’t").
/// </summary>
internal static partial class Tokenizer
{
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'\-.,][\p{L}\p{N}]+)*|\S")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:n[’']t|[’'](?:s|ll|re|ve|d|m))$", RegexOptions.IgnoreCase)]
    private static partial Regex Clitic();

    public static List<Token> Tokens(string text, int start, int end)
    {
        var tokens = new List<Token>();
        for (var m = Word().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var clitic = m.Length > 2 && char.IsLetter(text[m.Index]) ? Clitic().Match(m.Value) : Match.Empty;
            if (clitic.Success && clitic.Index > 0)
            {
                Add(tokens, text, m.Index, m.Index + clitic.Index);
                Add(tokens, text, m.Index + clitic.Index, m.Index + m.Length);
            }
            else Add(tokens, text, m.Index, m.Index + m.Length);
        }
        return tokens;
    }

    private static void Add(List<Token> tokens, string text, int start, int end)
    {
        var word = text[start..end];
        tokens.Add(new Token(start, end, word, word.ToLowerInvariant()));
    }
}
