using System.Text;
using DocReport.Model;
using DocReport.Resources;

namespace DocReport.Structure;

/// <summary>
/// Recognises page furniture (skip links, share bars, cookie banners, menus, breadcrumbs) and
/// removes it from blocks, line by line. Validation asks the same question of finished paragraphs.
/// </summary>
internal sealed class BoilerplateFilter
{
    private const int MaxPromptWords = 30;
    private const int MaxNavigationLineWords = 10;
    // An advertising label's own words after its colon or dash: a call to click, a brand, a partner's name.
    private const int MaxWordsAfterLabel = 8;
    private static readonly char[] WordStartPunctuation = ['*', '+', '"', '(', '[', '»', '«', '„', '“'];
    private static readonly char[] LabelSeparators = [':', '.', '-', '–', '—', '|'];
    private static readonly char[] WordPunctuation = [',', ';', ':', '.', '|', '·', '•', '/'];

    private readonly HashSet<string> wholeLines;
    private readonly IReadOnlyList<string> linePrefixes;
    private readonly HashSet<string> navigationWords;
    private readonly IReadOnlyList<string> adLabels;

    private readonly CreditLine creditLine;

    // Validation asks again about paragraphs and sentences the filter judged as lines while the article was built, on the
    // same thread: the verdicts are kept, so it reuses them instead of running the rules again. Enough are kept for a
    // whole long document's lines (a 1,024-verdict window made validation judge every paragraph of one again), up to
    // a bound on the characters they hold.
    private const int RecentVerdicts = 65_536;
    private const int RecentCharacters = 4 << 20;
    private readonly ThreadLocal<Verdicts> recent = new(() => new());

    private BoilerplateFilter(HashSet<string> wholeLines, IReadOnlyList<string> linePrefixes, HashSet<string> navigationWords,
        IReadOnlyList<string> adLabels, CreditLine creditLine)
    {
        this.wholeLines = wholeLines;
        this.linePrefixes = linePrefixes;
        this.navigationWords = navigationWords;
        this.adLabels = adLabels;
        this.creditLine = creditLine;
    }

    // The same furniture as pages print it in the set's other main languages, one file each (boilerplate_LANG.txt; a name like "boilerplate.de.txt" would be built into a German satellite assembly).
    private static readonly string[] Languages = ["de", "fr", "es", "it", "pt", "nl", "pl", "ru", "zh", "ja"];

    private static readonly Lazy<BoilerplateFilter> Shared = new(() => FromEntries(
        Languages.Aggregate(WordList.Load("Structure/Data/boilerplate.txt").AsEnumerable(),
            (entries, language) => entries.Concat(WordList.Load($"Structure/Data/boilerplate_{language}.txt")))));

    /// <summary>The filter built from Structure/Data/boilerplate.txt and its files for other languages (boilerplate_de.txt, ...).</summary>
    public static BoilerplateFilter Default => Shared.Value;

    /// <summary>A filter from entries in the data file's format (<c>= phrase</c>, <c>^ phrase</c>, <c>~ word</c>, <c>: ad label</c>, <c>@ credit label</c>).</summary>
    public static BoilerplateFilter FromEntries(IEnumerable<string> entries)
    {
        var byMarker = entries.Where(e => e.Length > 2).ToLookup(e => e[0], e => e[1..]);
        return new BoilerplateFilter(
            byMarker['='].Select(Key).ToHashSet(),
            byMarker['^'].Select(p => CollapseWhiteSpace(p).ToLowerInvariant()).ToList(),
            byMarker['~'].Select(Key).ToHashSet(),
            byMarker[':'].Select(Key).ToList(),
            new CreditLine(byMarker['@'].Select(l => l.Trim())));
    }

    /// <summary>Whether <paramref name="text"/> (a line, a paragraph or a title) looks like page furniture.</summary>
    public bool IsFurniture(string text)
    {
        var verdicts = recent.Value!;
        if (verdicts.TryGetValue(text, out var known)) return known;
        if (verdicts.Count >= RecentVerdicts || verdicts.Characters + text.Length > RecentCharacters) verdicts.Clear();
        verdicts.Characters += text.Length;
        return verdicts[text] = Judge(text);
    }

    /// <summary>
    /// Whether a title looks like page furniture. A headline may hold a date ("Tag des Zweinutzungshuhns am 22. Januar",
    /// "23.01.2022 - Ana Roe gewinnt in Antholz"): the date-line rule judges a title only when it is nothing but a date.
    /// </summary>
    public bool IsFurnitureTitle(string title) =>
        IsFurniture(title) && (!DateLine.Matches(title) || DateLine.IsDateAlone(title) || Judge(title, withDateLine: false));

    private sealed class Verdicts() : Dictionary<string, bool>(StringComparer.Ordinal)
    {
        public int Characters;

        public new void Clear()
        {
            base.Clear();
            Characters = 0;
        }
    }

    private bool Judge(string text) => Judge(text, withDateLine: true);

    private bool Judge(string text, bool withDateLine)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = ConfusableLetters.Fold(TextNormalizer.WithoutInvisible(text)); // as the text kept leaves them out later
        if (!text.Any(char.IsLetterOrDigit) || IsMarkupToken(text)) return true;
        var collapsed = CollapseWhiteSpace(text);
        var key = KeyOfCollapsed(collapsed);
        var words = WordCount(key);
        return wholeLines.Contains(key)
            || (words <= MaxPromptWords && linePrefixes.Any(p => StartsWithPhrase(key, p)))
            || (words <= MaxNavigationLineWords && Words(key).All(navigationWords.Contains))
            || adLabels.Any(label => IsAdLabelLine(collapsed, key, label))
            || MenuLine.Matches(collapsed, navigationWords.Contains)
            || creditLine.Matches(text)
            || (withDateLine && DateLine.Matches(text))
            || AuthorBioLine.Matches(text)
            || SignOffLine.Matches(text)
            || CountLine.Matches(text)
            || InstructionLine.Matches(text)
            || RelatedLabel.Matches(text)
            || PromotionLine.Matches(text)
            || ReaderPromptLine.Matches(text)
            || ConsentNoticeLine.Matches(text)
            || OpinionDisclaimerLine.Matches(text)
            || CommentCallLine.Matches(text)
            || ScriptErrorLine.Matches(text)
            || SourceNoteLine.Matches(text);
    }

    /// <summary>The block of a web page without its furniture lines and the links inside them; null when nothing is left.</summary>
    public Block? Filter(Block block) => Filter(block, InputFormat.Html);

    /// <summary>
    /// The block without its furniture lines and the links inside them; null when nothing is left. Outside web pages a line
    /// that tells a time of day (<see cref="DateLine.IsTimeOfDayLine"/>: opening hours, a timetable's item) is kept: a text,
    /// Markdown, Word or PDF document prints no meta lists of times around its article.
    /// </summary>
    public Block? Filter(Block block, InputFormat format)
    {
        // A table's rows are data, however short: "Home | 3 | 1" is a score line, not a menu; a code block's lines are code.
        if (block.Kind is BlockKind.Table or BlockKind.Code) return block;
        var lines = block.Text.Split('\n');
        var furniture = FurnitureLines(lines, format != InputFormat.Html ? block.Kind : null);
        var kept = new StringBuilder(block.Text.Length);
        var shifts = new List<(int OldStart, int OldEnd, int Shift)>();
        var lineStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!furniture[i])
            {
                if (kept.Length > 0) kept.Append('\n');
                shifts.Add((lineStart, lineStart + lines[i].Length, kept.Length - lineStart));
                kept.Append(lines[i]);
            }
            lineStart += lines[i].Length + 1;
        }
        if (kept.ToString().All(char.IsWhiteSpace)) return null;
        if (kept.Length == block.Text.Length) return block;
        var links = block.Links.Select(link => Relocate(link, shifts)).OfType<Link>().ToList();
        return block with { Text = kept.ToString(), Links = links };
    }

    /// <summary>
    /// Which lines are furniture: each on its own, plus every line of a run of one-item menu lines that is
    /// long, or that holds furniture of its own ("Home", "Subscribe"), so a short list in the article stays.
    /// </summary>
    private bool[] FurnitureLines(string[] lines, BlockKind? keepTimesIn)
    {
        var furniture = lines.Select(IsFurniture).ToArray();
        KeepWrappedDateLines(lines, furniture);
        if (keepTimesIn is { } kind) KeepTimeOfDayLines(lines, furniture, kind == BlockKind.ListItem);
        MarkContinuations(lines, furniture);
        var runStart = 0;
        var runItems = 0;
        var anchored = false;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && string.IsNullOrWhiteSpace(lines[i])) continue;
            if (i < lines.Length && MenuLine.IsRunItem(lines[i]))
            {
                if (runItems++ == 0) { runStart = i; anchored = false; }
                anchored |= furniture[i];
                continue;
            }
            if (runItems >= MenuLine.MinRunLines && (anchored || runItems >= MenuLine.MinUnanchoredRunLines))
                Array.Fill(furniture, true, runStart, i - runStart);
            runItems = 0;
        }
        return furniture;
    }

    /// <summary>
    /// A line broken off a furniture line inside its sentence (a line break in "Werden Sie Mitglied bei&lt;br&gt;for me und
    /// erhalten Sie exklusive Angebote!") is furniture with it: the furniture line ends in no sentence or clause mark and the
    /// next line's first word is all in lower case. A word with a capital inside ("eBay", "iPhone") is a name that may open a
    /// sentence, and only a line that is furniture by itself takes the next one: a taken line takes no further line.
    /// </summary>
    private static void MarkContinuations(string[] lines, bool[] furniture)
    {
        var own = (bool[])furniture.Clone();
        for (var i = 0; i + 1 < lines.Length; i++)
            if (own[i] && !own[i + 1] && lines[i].TrimEnd() is [.., var last] && char.IsLetter(last)
                && lines[i + 1].TrimStart() is [var first, ..] next && char.IsLower(first) && !FirstWordHasCapital(next))
                furniture[i + 1] = true;
    }

    /// <summary>
    /// A line of a sentence wrapped around a date ("Councillors will meet again on 14 April to" over "agree the budget.", as a
    /// PDF or hard-wrapped text breaks it) is no date line: it ends in a word in lower case and the next line goes on in
    /// lower case. A date line ends in its date, a time or a name, and the line under it starts anew.
    /// </summary>
    private void KeepWrappedDateLines(string[] lines, bool[] furniture)
    {
        for (var i = 0; i + 1 < lines.Length; i++)
            if (furniture[i] && lines[i].TrimEnd() is [.., var last] && char.IsLower(last)
                && lines[i + 1].TrimStart() is [var first, ..] && char.IsLower(first)
                && DateLine.Matches(lines[i]) && !Judge(ConfusableLetters.Fold(TextNormalizer.WithoutInvisible(lines[i])), withDateLine: false))
                furniture[i] = false;
    }

    private void KeepTimeOfDayLines(string[] lines, bool[] furniture, bool listItem)
    {
        for (var i = 0; i < lines.Length; i++)
            if (furniture[i] && IsTimeOfDayLine(lines[i], listItem)) furniture[i] = false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is furniture only as a date line while it tells a time of day
    /// (<see cref="DateLine.IsTimeOfDayLine"/>), which a document other than a web page keeps.
    /// </summary>
    public bool IsTimeOfDayLine(string text, bool listItem) =>
        DateLine.Matches(text) && DateLine.IsTimeOfDayLine(text, listItem)
        && !Judge(ConfusableLetters.Fold(TextNormalizer.WithoutInvisible(text)), withDateLine: false);

    private static bool FirstWordHasCapital(string line) => line.TakeWhile(c => !char.IsWhiteSpace(c)).Any(char.IsUpper);

    /// <summary>The link moved with its kept line; null when its line was removed or it spans lines.</summary>
    private static Link? Relocate(Link link, List<(int OldStart, int OldEnd, int Shift)> keptLines)
    {
        foreach (var (oldStart, oldEnd, shift) in keptLines)
            if (oldStart <= link.Start && link.End <= oldEnd)
                return link with { Start = link.Start + shift, End = link.End + shift };
        return null;
    }

    // One long run of lower-case letters, digits and hyphens is a class name or slug leaked from the page's markup.
    private static bool IsMarkupToken(string text) =>
        text.Trim() is { Length: >= 30 } token && token.Contains('-') && token.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static bool StartsWithPhrase(string key, string phrase) =>
        key.StartsWith(phrase, StringComparison.Ordinal)
        && (key.Length == phrase.Length || !char.IsLetterOrDigit(key[phrase.Length]) || !char.IsLetterOrDigit(phrase[^1]));

    // "Anzeige: Jetzt testen", "Werbung – Partnerangebot", "*Werbung. Dieser Beitrag enthält Werbung für ...": the label, a
    // separator, then a few words; or the label set in capitals before a few words that are not ("WERBUNG für Hautpflege").
    private static bool IsAdLabelLine(string collapsed, string key, string label)
    {
        if (!key.StartsWith(label, StringComparison.Ordinal)) return false;
        var rest = key.AsSpan(label.Length).TrimStart();
        // A hyphen or full stop joined to the next word makes a compound or a name ("Anzeige-Formular", "werbung.de"), not a label.
        var separated = rest.Length > 1 && LabelSeparators.Contains(rest[0]) && (rest[0] is not ('-' or '.') || rest[1] == ' ');
        if (separated) return WordCount(rest[1..].Trim().ToString()) <= MaxWordsAfterLabel;
        return key.Length > label.Length && key[label.Length] == ' ' && WordCount(rest.Trim().ToString()) <= MaxWordsAfterLabel
            && collapsed.TrimStart(WordStartPunctuation).Split(' ', 2) is [var first, var words]
            && first.Length == label.Length && first.All(c => !char.IsLower(c)) && words.Any(char.IsLower);
    }

    /// <summary>Lower case, one space between words, no punctuation or symbols at either end (a leading © stays).</summary>
    private static string Key(string text) => KeyOfCollapsed(CollapseWhiteSpace(text));

    private static string KeyOfCollapsed(string collapsedText)
    {
        var collapsed = collapsedText.ToLowerInvariant();
        var start = 0;
        var end = collapsed.Length;
        while (start < end && !char.IsLetterOrDigit(collapsed[start]) && collapsed[start] != '©') start++;
        while (end > start && !char.IsLetterOrDigit(collapsed[end - 1])) end--;
        return collapsed[start..end];
    }

    // Called for every line, paragraph and sentence: most are collapsed already and are returned as they are.
    private static string CollapseWhiteSpace(string text) =>
        IsCollapsed(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsCollapsed(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) return false;
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1]))) return false;
        return true;
    }

    // A key's words without the punctuation at their ends; counted without building them, as most texts are too long to need them.
    private static int WordCount(string key)
    {
        var count = 0;
        foreach (var range in key.AsSpan().Split(' '))
            if (!key.AsSpan()[range].Trim(WordPunctuation).IsEmpty) count++;
        return count;
    }

    private static IEnumerable<string> Words(string key) => key.Split(' ').Select(w => w.Trim(WordPunctuation)).Where(w => w.Length > 0);
}
