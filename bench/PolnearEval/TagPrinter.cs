using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>With --show N: the gold and the tagged spans of N held-out documents side by side, as S[...] C[...] T[...] marks in the text.</summary>
internal static class TagPrinter
{
    public static void Write(TextWriter output, PolnearDocument document, IReadOnlyList<TaggedSpan> spans)
    {
        var article = PlainTextArticle.Build(document.Name, document.Text);
        var predicted = spans.Select(s => (s.Role, s.Start, s.End)).ToList();
        var gold = document.Attributions.SelectMany(a => a.Contents.Append(a.Source).Append(a.Cue)).OfType<GoldSpan>()
            .SelectMany(s => s.Ranges.Select(r => (Role: s.Role switch { Role.Source => SpanRole.Source, Role.Cue => SpanRole.Cue, _ => SpanRole.Content }, r.Start, r.End)))
            .Distinct().ToList();
        output.WriteLine($"=== {document.Name}");
        foreach (var paragraph in article.Paragraphs)
        {
            var g = Marked(document.Text, paragraph.Start, paragraph.End, gold);
            var p = Marked(document.Text, paragraph.Start, paragraph.End, predicted);
            output.WriteLine($"  gold: {g}");
            if (p != g) output.WriteLine($"  tags: {p}");
        }
    }

    private static string Marked(string text, int start, int end, List<(SpanRole Role, int Start, int End)> spans)
    {
        var marks = new SortedDictionary<int, string>();
        foreach (var s in spans.Where(s => s.Start >= start && s.End <= end))
        {
            marks[s.Start] = (marks.GetValueOrDefault(s.Start) ?? "") + s.Role.ToString()[..2] + "[";
            marks[s.End] = "]" + (marks.GetValueOrDefault(s.End) ?? "");
        }
        var result = new System.Text.StringBuilder();
        for (var i = start; i <= end; i++)
        {
            if (marks.TryGetValue(i, out var m)) result.Append(m);
            if (i < end) result.Append(text[i]);
        }
        return result.ToString();
    }
}
