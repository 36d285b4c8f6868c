using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DocReport.Bench.AttributionEval;

/// <summary>An expected attribution: the source span as written, the cue (absent for a colon cue), and the expected merged source.</summary>
internal sealed record ExpectedAttribution(string Label, string SourceKey, int Start, int End, int CueStart, int CueEnd);

/// <summary>An expected merged source.</summary>
internal sealed record ExpectedSource(string Key, string Name, string Kind);

/// <summary>One annotated article with its markup removed: plain paragraphs, expected attributions and sentence links.</summary>
internal sealed partial record AnnotatedArticle(
    string File, string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<ExpectedAttribution> Attributions,
    IReadOnlyDictionary<string, ExpectedSource> Sources, IReadOnlyList<(int Offset, string[] Keys)> LinkMarkers)
{
    [GeneratedRegex(@"\[\[(?<label>\w+):(?<key>\w+)\|(?<text>.*?)\]\]|\{\{(?<label>\w+)\|(?<text>.*?)\}\}|<<(?<keys>[\w,]+)>>")]
    private static partial Regex Markup();

    public static AnnotatedArticle Load(string path)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        var root = json.RootElement;
        var sources = root.GetProperty("sources").EnumerateObject()
            .ToDictionary(p => p.Name, p => new ExpectedSource(p.Name, p.Value.GetProperty("name").GetString()!, p.Value.GetProperty("kind").GetString()!));
        var paragraphs = new List<string>();
        var spans = new Dictionary<string, (string Key, int Start, int End)>();
        var cues = new Dictionary<string, (int Start, int End)>();
        var markers = new List<(int, string[])>();
        var offset = 0;
        foreach (var marked in root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!))
        {
            var plain = new StringBuilder();
            var last = 0;
            foreach (Match m in Markup().Matches(marked))
            {
                plain.Append(marked, last, m.Index - last);
                last = m.Index + m.Length;
                var at = offset + plain.Length;
                if (m.Groups["keys"].Success) { markers.Add((at, m.Groups["keys"].Value.Split(','))); continue; }
                var text = m.Groups["text"].Value;
                plain.Append(text);
                if (m.Groups["key"].Success) spans[m.Groups["label"].Value] = (m.Groups["key"].Value, at, at + text.Length);
                else cues[m.Groups["label"].Value] = (at, at + text.Length);
            }
            plain.Append(marked, last, marked.Length - last);
            paragraphs.Add(plain.ToString());
            offset += plain.Length + 2;
        }
        var attributions = spans.OrderBy(s => s.Value.Start).Select(s =>
        {
            var cue = cues.TryGetValue(s.Key, out var c) ? c : (-1, -1);
            if (!sources.ContainsKey(s.Value.Key)) throw new InvalidDataException($"{path}: attribution {s.Key} names unknown source '{s.Value.Key}'");
            return new ExpectedAttribution(s.Key, s.Value.Key, s.Value.Start, s.Value.End, cue.Item1, cue.Item2);
        }).ToList();
        return new AnnotatedArticle(Path.GetFileName(path), root.GetProperty("title").GetString()!, paragraphs, attributions, sources, markers);
    }
}
