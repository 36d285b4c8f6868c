using System.Globalization;
using AngleSharp.Dom;
using DocReport.Model;
using DocReport.Reading.Html;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// General features of each block of a page's content, named as strings for <see cref="BlockFurnitureModel"/>: its
/// length, words and ending, links, capitals and digits, place in the content and against the title heading, its
/// element, the elements and class/id words around it, its share of the page's commonest words, whether its text
/// repeats, and its neighbours' length, links and ending. Numbers are bucketed, so every feature is present or absent.
/// </summary>
internal static class BlockFeatures
{
    private const int CommonWordCount = 30;
    private const int MaxDepth = 8;

    public static IReadOnlyList<string[]> Of(IReadOnlyList<OwnedBlock> blocks, IElement content, string? title)
    {
        var texts = blocks.Select(b => b.Block.Text).ToList();
        var common = CommonWords(texts);
        var repeats = texts.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var titleKey = Key(title ?? "");
        var titleAt = titleKey.Length == 0 ? -1 : texts.FindIndex(t => Key(t) == titleKey);
        var own = blocks.Select(b => Own(b.Block)).ToList();
        var features = new List<string[]>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var list = new List<string>(own[i]);
            var (block, owner) = blocks[i];
            list.Add("kind:" + block.Kind);
            list.Add("pos:" + (10 * i / blocks.Count));
            list.Add("from-start:" + Steps(i));
            list.Add("from-end:" + Steps(blocks.Count - 1 - i));
            list.Add("title:" + (titleAt < 0 ? "none" : i < titleAt ? "before" : i == titleAt ? "is" : Steps(i - titleAt - 1)));
            list.Add("common:" + Bucket(CommonShare(block.Text, common)));
            list.Add("repeats:" + Math.Min(repeats[block.Text], 3));
            list.AddRange(own[Math.Max(i - 1, 0)].Select(f => (i == 0 ? "first:" : "prev:") + f));
            list.AddRange(own[Math.Min(i + 1, blocks.Count - 1)].Select(f => (i == blocks.Count - 1 ? "last:" : "next:") + f));
            list.AddRange(Markup(owner, content));
            features.Add([.. list.Distinct(StringComparer.Ordinal)]);
        }
        return features;
    }

    // What the block's own text shows, also read as its neighbours' features.
    private static List<string> Own(Block block)
    {
        var text = block.Text;
        var letters = text.Count(char.IsLetter);
        var linked = block.Links.Sum(l => l.End - l.Start);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var length = "len:" + Log2(text.Length);
        var end = "end:" + Ending(text);
        return
        [
            length, end, length + "|" + end,
            "words:" + Log2(words),
            "linked:" + Bucket((double)linked / Math.Max(text.Length, 1)),
            "links:" + Math.Min(block.Links.Count, 3),
            "caps:" + Bucket((double)text.Count(char.IsUpper) / Math.Max(letters, 1)),
            "digits:" + Bucket((double)text.Count(char.IsDigit) / Math.Max(text.Length, 1)),
            "opens:" + (text.Length == 0 ? "none" : char.IsLower(text[0]) ? "lower" : char.IsUpper(text[0]) ? "upper" : char.IsDigit(text[0]) ? "digit" : "other"),
            "lines:" + Math.Min(text.Count(c => c == '\n') + 1, 3),
        ];
    }

    // The owner's tag, its parent's and grandparent's, its depth in the content, and the class/id words on it and above it.
    private static IEnumerable<string> Markup(IElement owner, IElement content)
    {
        yield return "tag:" + owner.LocalName;
        var parent = owner == content ? null : owner.ParentElement;
        // The share of the content's text in the box around the block: the article's own text sits in the box holding most of it.
        var total = Math.Max(content.TextContent.Length, 1);
        yield return "parent-share:" + Bucket((double)(parent?.TextContent.Length ?? total) / total);
        yield return "grandparent-share:" + Bucket((double)((parent == content ? null : parent?.ParentElement)?.TextContent.Length ?? total) / total);
        yield return "parent:" + (parent?.LocalName ?? "none");
        yield return "tags:" + owner.LocalName + "<" + (parent?.LocalName ?? "none") + "<" + (parent == content ? "none" : parent?.ParentElement?.LocalName ?? "none");
        foreach (var word in ClassWords(owner)) yield return "class:" + word;
        var depth = 0;
        for (var e = parent; e is not null && e != content.ParentElement; e = e.ParentElement)
        {
            depth++;
            foreach (var word in ClassWords(e)) yield return "above:" + word;
            if (e == content) break;
        }
        yield return "depth:" + Math.Min(depth, MaxDepth);
    }

    private static IEnumerable<string> ClassWords(IElement element) =>
        ((element.GetAttribute("class") ?? "") + " " + (element.Id ?? ""))
            .Pieces(c => !char.IsAsciiLetter(c))
            .Where(w => w.Length >= 3)
            .Select(w => w.ToLowerInvariant());

    private static string[] Pieces(this string text, Func<char, bool> separator)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
            if (i == text.Length || separator(text[i]))
            {
                if (i > start) words.Add(text[start..i]);
                start = i + 1;
            }
        return [.. words];
    }

    private static HashSet<string> CommonWords(IEnumerable<string> texts) =>
        texts.SelectMany(Words).GroupBy(w => w, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(CommonWordCount).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    private static double CommonShare(string text, HashSet<string> common)
    {
        var words = Words(text).ToList();
        return words.Count == 0 ? 0 : (double)words.Count(common.Contains) / words.Count;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Pieces(c => !char.IsLetter(c)).Select(w => w.ToLower(CultureInfo.InvariantCulture));

    private static string Key(string text) => string.Join(' ', Words(text));

    private static string Ending(string text)
    {
        var trimmed = text.TrimEnd('"', '\'', '”', '’', '»', ')', ' ');
        if (trimmed.Length == 0) return "none";
        return trimmed[^1] switch
        {
            '.' or '!' or '?' or '…' or '。' => "stop",
            ':' => "colon",
            ',' or ';' => "comma",
            _ when char.IsDigit(trimmed[^1]) => "digit",
            _ when char.IsLetter(trimmed[^1]) => "letter",
            _ => "other",
        };
    }

    private static int Log2(int n) => n <= 0 ? 0 : Math.Min(1 + (int)Math.Log2(n), 12);

    private static string Bucket(double share) => share switch { 0 => "0", < 0.1 => "<.1", < 0.3 => "<.3", < 0.6 => "<.6", < 1 => "<1", _ => "1" };

    private static string Steps(int n) => n switch { <= 2 => n.ToString(CultureInfo.InvariantCulture), <= 5 => "3-5", <= 10 => "6-10", _ => "11+" };
}
