namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// The first pass's tags of a paragraph, which the second pass reads as features: where the predicted cues
/// are, whether a sentence already has a source, and whether the previous paragraph ended inside a content.
/// </summary>
internal sealed class FirstPass
{
    public FirstPass(ParagraphTokens tokens, Tag[] tags, bool previousEndsInContent)
    {
        Tags = tags;
        PreviousEndsInContent = previousEndsInContent;
        var n = tags.Length;
        (CueLeft, CueRight) = (new int[n], new int[n]);
        SentenceRoles = new string[tokens.SentenceHasCue.Length];
        var last = ParagraphTokens.NoCue;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && tokens.Sentence[i] != tokens.Sentence[i - 1]) last = ParagraphTokens.NoCue;
            CueLeft[i] = last;
            if (tags[i] is Tag.CueBegin or Tag.CueInside) last = i;
        }
        last = ParagraphTokens.NoCue;
        for (var i = n - 1; i >= 0; i--)
        {
            if (i < n - 1 && tokens.Sentence[i] != tokens.Sentence[i + 1]) last = ParagraphTokens.NoCue;
            CueRight[i] = last;
            if (tags[i] is Tag.CueBegin or Tag.CueInside) last = i;
        }
        for (var s = 0; s < SentenceRoles.Length; s++)
        {
            var roles = Enumerable.Range(0, n).Where(i => tokens.Sentence[i] == s).Select(i => Tagging.Tags.RoleOf(tags[i])).OfType<SpanRole>().Distinct().Order();
            SentenceRoles[s] = string.Concat(roles.Select(r => r.ToString()[..2]));
        }
    }

    /// <summary>The first pass of every paragraph of an article, in order; each knows whether the paragraph before it ended inside a content.</summary>
    public static List<FirstPass> Of(IReadOnlyList<ParagraphTokens> paragraphs, IReadOnlyList<Tag[]> tags) =>
        paragraphs.Select((p, i) => new FirstPass(p, tags[i], i > 0 && tags[i - 1].Length > 0 && Tagging.Tags.RoleOf(tags[i - 1][^1]) == SpanRole.Content)).ToList();

    public Tag[] Tags { get; }
    public bool PreviousEndsInContent { get; }
    /// <summary>The nearest token tagged cue before each token in its sentence, or <see cref="ParagraphTokens.NoCue"/>.</summary>
    public int[] CueLeft { get; }
    public int[] CueRight { get; }
    /// <summary>The roles tagged in each sentence ("SoCuCo"), as one feature.</summary>
    public string[] SentenceRoles { get; }
}
