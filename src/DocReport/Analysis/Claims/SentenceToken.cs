namespace DocReport.Analysis.Claims;

/// <summary>A word, number or symbol of a sentence: <c>[Start,End)</c> in the sentence, <see cref="Lower"/> its lower-cased form.</summary>
internal readonly record struct SentenceToken(int Start, int End, string Lower)
{
    /// <summary>The token starts with an upper-case letter in the sentence as written.</summary>
    public bool IsCapitalised(string sentence) => char.IsUpper(sentence[Start]);

    public bool HasDigit => Lower.Any(char.IsAsciiDigit);
}
