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
        var (cueLeft, cueRight) = ParagraphTokens.Nearest(tokens.Sentence, i => tags[i] is Tag.CueBegin or Tag.CueInside);
        var roleSets = new int[tokens.SentenceHasCue.Length];
        for (var i = 0; i < n; i++)
            if (Tagging.Tags.RoleOf(tags[i]) is { } role) roleSets[tokens.Sentence[i]] |= 1 << (int)role;
        SentenceRoles = roleSets.Select(set => RoleSets[set]).ToArray();
        CueLeftCode = Enumerable.Range(0, n).Select(i => FeatureValues.DistanceCode(tokens, i, cueLeft[i])).ToArray();
        CueRightCode = Enumerable.Range(0, n).Select(i => FeatureValues.DistanceCode(tokens, i, cueRight[i])).ToArray();
    }

    /// <summary>The first pass of every paragraph of an article, in order; each knows whether the paragraph before it ended inside a content.</summary>
    public static List<FirstPass> Of(IReadOnlyList<ParagraphTokens> paragraphs, IReadOnlyList<Tag[]> tags) =>
        paragraphs.Select((p, i) => new FirstPass(p, tags[i], EndsInContent(i > 0 ? tags[i - 1] : null))).ToList();

    /// <summary>Whether a paragraph's first-pass tags (null before the first paragraph) end inside a content.</summary>
    public static bool EndsInContent(Tag[]? tags) => tags is [.., var last] && Tagging.Tags.RoleOf(last) == SpanRole.Content;

    public Tag[] Tags { get; }
    public bool PreviousEndsInContent { get; }
    /// <summary>The <see cref="FeatureValues.DistanceCode"/> of the nearest token tagged cue before and after each token in its sentence.</summary>
    public int[] CueLeftCode { get; }
    public int[] CueRightCode { get; }
    /// <summary>The roles tagged in each sentence ("SoCuCo"), as one feature.</summary>
    public FeaturePart[] SentenceRoles { get; }

    // Every set of roles, by a bit per role, named by the roles' first two letters in order.
    private static readonly FeaturePart[] RoleSets = Enumerable.Range(0, 8)
        .Select(set => FeaturePart.Of(string.Concat(Enum.GetValues<SpanRole>().Where(r => (set & 1 << (int)r) != 0).Select(r => r.ToString()[..2]))))
        .ToArray();
}
