namespace DocReport.Structure;

/// <summary>A <c>[Start,End)</c> range of UTF-16 code units in some text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public string Of(string text) => text[Start..End];

    /// <summary>The range without surrounding white space and the given punctuation.</summary>
    public TextRange Trim(string text, string punctuation = "")
    {
        var (s, e) = (Start, End);
        while (s < e && (char.IsWhiteSpace(text[s]) || punctuation.Contains(text[s]))) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || punctuation.Contains(text[e - 1]))) e--;
        return new TextRange(s, e);
    }
}
