namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>A word's shape: capitals X, small letters x, digits d, other marks as they are, runs collapsed ("U.S." -> "X.X.", "Trump" -> "Xx").</summary>
internal static class TokenShape
{
    private const int MaxLength = 6;

    public static string Of(string word)
    {
        Span<char> shape = stackalloc char[MaxLength];
        var length = 0;
        foreach (var c in word)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length > 0 && shape[length - 1] == k) continue;
            if (length == MaxLength) break;
            shape[length++] = k;
        }
        return new string(shape[..length]);
    }
}
