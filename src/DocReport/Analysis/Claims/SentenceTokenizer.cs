namespace DocReport.Analysis.Claims;

/// <summary>Splits a sentence into words (letters, digits, inner apostrophes, dots and commas), and the symbols $ € £ % ? !.</summary>
internal static class SentenceTokenizer
{
    private const string KeptSymbols = "$€£¥%?!";

    public static IReadOnlyList<SentenceToken> Tokenize(string sentence)
    {
        var tokens = new List<SentenceToken>(sentence.Length / 5 + 1);
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (char.IsLetterOrDigit(c))
            {
                var end = WordEnd(sentence, i);
                tokens.Add(new SentenceToken(i, end, Lower(sentence.AsSpan(i, end - i))));
                i = end;
            }
            else
            {
                if (KeptSymbols.Contains(c)) tokens.Add(new SentenceToken(i, i + 1, c.ToString()));
                i++;
            }
        }
        return tokens;
    }

    // A word goes on through an apostrophe, hyphen, dot or comma that sits between two letters or digits ("don't", "1,200", "U.S").
    private static int WordEnd(string s, int i)
    {
        var end = i + 1;
        while (end < s.Length)
        {
            if (char.IsLetterOrDigit(s[end])) end++;
            else if (IsInnerJoiner(s[end]) && end + 1 < s.Length && char.IsLetterOrDigit(s[end + 1]) && JoinsHere(s, end)) end += 2;
            else break;
        }
        return end;
    }

    private static bool IsInnerJoiner(char c) => c is '\'' or '’' or '-' or '.' or ',';

    // Commas and dots join digits only ("1,200", "3.5"); apostrophes and hyphens join anything.
    private static bool JoinsHere(string s, int at) =>
        s[at] is not ('.' or ',') || (char.IsDigit(s[at - 1]) && char.IsDigit(s[at + 1])) || (s[at] == '.' && char.IsUpper(s[at + 1]) && char.IsUpper(s[at - 1]));

    private static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        buffer.Replace('’', '\'');
        return new string(buffer);
    }
}
