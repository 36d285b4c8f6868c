using System.Globalization;
using System.Text.RegularExpressions;

namespace DocReport.Bench.PolnearEval;

/// <summary>The role of an annotated span.</summary>
internal enum Role { Source, Cue, Content }

/// <summary>One annotated span: one or more <c>[Start,End)</c> ranges of the article text (brat joins them with ';').</summary>
internal sealed record GoldSpan(Role Role, IReadOnlyList<(int Start, int End)> Ranges)
{
    public int Start => Ranges[0].Start;
    public int End => Ranges[^1].End;

    /// <summary>A key equal for spans over the same ranges.</summary>
    public string Key => string.Join(';', Ranges.Select(r => $"{r.Start}-{r.End}"));
}

/// <summary>One attribution: its source (absent for "it is said"), cue and content (rarely in two spans).</summary>
internal sealed record GoldAttribution(GoldSpan? Source, GoldSpan? Cue, IReadOnlyList<GoldSpan> Contents);

/// <summary>A brat .ann file of PolNeAR: "Tn&lt;TAB&gt;Role START END;START END&lt;TAB&gt;text" and "En&lt;TAB&gt;Attribution:Tk Source:Ti Cue:Tj Content:Tm".</summary>
internal static partial class BratAnnotation
{
    [GeneratedRegex(@"^(?<id>T\d+)\t(?<role>\S+) (?<ranges>\d+ \d+(?:;\d+ \d+)*)\t")]
    private static partial Regex SpanLine();

    [GeneratedRegex(@"^E\d+\t(?<args>.*)$")]
    private static partial Regex EventLine();

    /// <summary>The attributions of one file; span text on continuation lines (spans over a line break) is skipped.</summary>
    public static IReadOnlyList<GoldAttribution> Read(string path)
    {
        var spans = new Dictionary<string, GoldSpan>();
        var events = new List<List<(string Role, string Id)>>();
        foreach (var line in File.ReadLines(path))
        {
            if (SpanLine().Match(line) is { Success: true } span && Enum.TryParse<Role>(span.Groups["role"].Value, out var role))
                spans[span.Groups["id"].Value] = new GoldSpan(role, Ranges(span.Groups["ranges"].Value));
            else if (EventLine().Match(line) is { Success: true } e)
                events.Add(e.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(a => a.Split(':')).Where(a => a.Length == 2).Select(a => (a[0].TrimEnd("0123456789".ToCharArray()), a[1])).ToList());
        }
        IEnumerable<GoldSpan> Get(List<(string Role, string Id)> e, string role) =>
            e.Where(a => a.Role == role).Select(a => spans.GetValueOrDefault(a.Id)).OfType<GoldSpan>();
        return events.Select(e => new GoldAttribution(Get(e, "Source").FirstOrDefault(), Get(e, "Cue").FirstOrDefault(), Get(e, "Content").ToList()))
            .Where(a => a.Cue is not null || a.Contents.Count > 0)
            .ToList();
    }

    private static List<(int, int)> Ranges(string text) =>
        text.Split(';').Select(r => r.Split(' ')).Select(r => (int.Parse(r[0], CultureInfo.InvariantCulture), int.Parse(r[1], CultureInfo.InvariantCulture))).ToList();
}
