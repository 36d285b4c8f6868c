using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Round 33: every gold attribution with a source on a held-out fold, one tab-separated line each, with whether the
/// second pass (and the first) tagged a source over it and a cue over its cue, for classing the untagged ones
/// (`cv --runs 1 --misses FILE`).
/// </summary>
internal static class GoldSourceDump
{
    public static void Write(TextWriter output, PolnearDocument document, IReadOnlyList<TaggedSpan> second, IReadOnlyList<TaggedSpan> first)
    {
        var text = document.Text;
        foreach (var a in document.Attributions)
        {
            if (a.Source is not { } source) continue;
            var cue = a.Cue;
            var side = cue is null ? "none" : cue.Start >= source.End ? "after" : "before";
            var gap = cue is null ? -1 : side == "after" ? cue.Start - source.End : source.Start - cue.End;
            var (from, to) = (Math.Min(source.Start, cue?.Start ?? source.Start), Math.Max(source.End, cue?.End ?? source.End));
            var line = text.LastIndexOf('\n', Math.Max(0, from - 1)) + 1;
            var lineEnd = text.IndexOf('\n', to) is var e and >= 0 ? e : text.Length;
            var (lo, hi) = (Math.Max(line, from - 160), Math.Min(lineEnd, to + 160));
            var content = a.Contents.Count > 0 ? Clean(Of(text, a.Contents[0])) : "";
            output.WriteLine(string.Join('\t', document.Name, Hit(second, SpanRole.Source, source) ? 1 : 0, cue is not null && Hit(second, SpanRole.Cue, cue) ? 1 : 0,
                Hit(first, SpanRole.Source, source) ? 1 : 0, cue is not null && Hit(first, SpanRole.Cue, cue) ? 1 : 0, side, gap,
                Clean(Of(text, source)), cue is null ? "" : Clean(Of(text, cue)), content.Length > 80 ? content[..80] : content,
                Clean(text[lo..from]) + " [[" + Clean(text[from..to]) + "]] " + Clean(text[to..hi])));
        }
    }

    private static bool Hit(IReadOnlyList<TaggedSpan> spans, SpanRole role, GoldSpan gold) =>
        spans.Any(s => s.Role == role && gold.Ranges.Any(r => r.Start < s.End && s.Start < r.End));

    private static string Of(string text, GoldSpan span) => string.Join(" ... ", span.Ranges.Select(r => text[r.Start..r.End]));

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
