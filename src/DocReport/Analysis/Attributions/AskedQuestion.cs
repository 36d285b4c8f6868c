using System.Text.RegularExpressions;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "Bell asked last week “Why has this taken four months?”", "Ruano asked how the buses will cross": asking a question is
/// saying it, though "asked" alone ("asked the court to", "asked for a delay", "asked if she could") tells a request.
/// </summary>
internal static partial class AskedQuestion
{
    /// <summary>True when the attribution's cue is "asked" (or "asks") followed, within three words, by a quotation or a wh- question.</summary>
    public static bool Asks(string text, FoundAttribution f) =>
        AskedWord().IsMatch(f.Cue.Text) && QuestionAfter().IsMatch(text.AsSpan(f.Cue.End, Math.Min(60, text.Length - f.Cue.End)));

    [GeneratedRegex(@"\b(?:asked|asks)$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedWord();

    [GeneratedRegex(@"^\s+(?:\p{L}+\s+){0,3}?(?:[“""]|(?:how|why|whether|what|when|where|who|which)\b)")]
    private static partial Regex QuestionAfter();
}
