using System.Text.RegularExpressions;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "Bell asked last week “Why has this taken four months?”", "Ruano asked how the buses will cross": asking a question is
/// saying it, though "asked" alone ("asked the court to", "asked for a delay", "asked if she could") tells a request.
/// </summary>
internal static partial class AskedQuestion
{
    /// <summary>
    /// True when the attribution's cue is "asked" (or "asks") followed, within three words, by a quotation or a wh- question, or
    /// after a quoted question that its tag closes;
    /// not a passive ("was asked") nor the writer's "we asked".
    /// </summary>
    public static bool Asks(string text, FoundAttribution f) =>
        AskedWord().IsMatch(f.Cue.Text) && !BeforeAsked().IsMatch(f.Cue.Text) && !FirstPerson().IsMatch(f.Source.Text)
        && (QuestionAfter().IsMatch(text.AsSpan(f.Cue.End, Math.Min(60, text.Length - f.Cue.End))) || QuotedQuestionBefore(text, Math.Min(f.Source.Start, f.Cue.Start)));

    private static bool QuotedQuestionBefore(string text, int tag) => QuestionBefore().IsMatch(text.AsSpan(Math.Max(0, tag - 8), Math.Min(8, tag)));

    // "Reagan was once asked what ...": the one asked is no asker
    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|being|get|got)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeAsked();

    // "We asked readers ...": the writers asking cite no one
    [GeneratedRegex(@"^\s*(?:we|i)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:asked|asks)$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedWord();

    // "“Where will they park?” Okafor asked her", "“Why?” asked Okafor": the question is quoted just before its tag
    [GeneratedRegex(@"\?[”""'’]\s*$")]
    private static partial Regex QuestionBefore();

    [GeneratedRegex(@"^\s+(?:\p{L}+\s+){0,3}?(?:[“""]|(?:how|why|whether|what|when|where|who|which)\b)")]
    private static partial Regex QuestionAfter();
}
