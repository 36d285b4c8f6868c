using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// The tags the annotation gives a paragraph's tokens. A token takes the role of a span that covers most of it;
/// where spans of several attributions overlap (a source inside another's content), cue wins over source, and
/// source over content, so that the inner attribution is learnt.
/// </summary>
internal static class GoldTags
{
    public static Tag[] Of(ParagraphTokens tokens, IReadOnlyList<GoldAttribution> attributions)
    {
        var n = tokens.Count;
        var (role, span) = (new SpanRole?[n], new int[n]);
        var spans = attributions.SelectMany(a => a.Contents.Append(a.Source).Append(a.Cue)).OfType<GoldSpan>().DistinctBy(s => (s.Role, s.Key)).ToList();
        for (var s = 0; s < spans.Count; s++)
        {
            var r = RoleOf(spans[s].Role);
            foreach (var (start, end) in spans[s].Ranges)
            for (var i = 0; i < n; i++)
            {
                var t = tokens.Tokens[i];
                var covered = Math.Min(end, t.End) - Math.Max(start, t.Start);
                if (covered * 2 <= t.End - t.Start || role[i] is { } existing && Priority(existing) >= Priority(r)) continue;
                (role[i], span[i]) = (r, s * 64 + spans[s].Ranges.ToList().IndexOf((start, end)));
            }
        }
        var tags = new Tag[n];
        for (var i = 0; i < n; i++)
        {
            if (role[i] is not { } r) continue;
            var continues = i > 0 && role[i - 1] == r && span[i - 1] == span[i];
            tags[i] = continues ? Tags.Inside(r) : Tags.Begin(r);
        }
        return tags;
    }

    private static SpanRole RoleOf(Role role) => role switch { Role.Source => SpanRole.Source, Role.Cue => SpanRole.Cue, _ => SpanRole.Content };

    private static int Priority(SpanRole role) => role switch { SpanRole.Cue => 2, SpanRole.Source => 1, _ => 0 };
}
