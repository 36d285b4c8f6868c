using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Round 29 (issue 8): the gold attributions whose source is a pronoun ("he", "she", "they", "it") or a definite description
/// ("the senator") and whose sentences DocReport leaves unlinked, counted by what went wrong as far as the text tells it:
/// no attribution found on the source; found and not reporting; for "he"/"she" no person of the gender cited before in reach,
/// or one cited and another person named between (inside a quotation, as an object, or as a subject), or of unknown gender;
/// for a description, whether an earlier cited source carries its noun. PolNeAR marks no coreference, so this counts the
/// unlinked only; a pronoun given to the wrong person is not seen here.
/// </summary>
internal sealed partial class PronounTally
{
    private readonly SortedDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly List<string> examples = [];
    private readonly List<string> resolutions = [];
    private readonly List<string> cases = [];

    public void Add(string name, string text, IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved, ArticleDataset dataset, IReadOnlyList<GoldAttribution> gold)
    {
        var sentences = dataset.Paragraphs.SelectMany(p => p.Sentences).ToList();
        var linked = dataset.Claims.Where(c => c.SourceIds.Count > 0).Select(c => c.SentenceId).ToHashSet();
        var order = Enumerable.Range(0, found.Count).OrderBy(i => found[i].Source.Start).ToList();
        // every pronoun resolved, to compare two versions of the library line by line (what changed is judged by hand)
        foreach (var i in order.Where(i => found[i].Phrase is { Form: PhraseForm.Pronoun } && resolved[i].Count > 0))
        {
            var at = Math.Max(0, found[i].Source.Start - 200);
            resolutions.Add($"  RESOLVED {found[i].Source.Text} -> {string.Join(", ", resolved[i].Select(e => e.Name))} | {text[at..Math.Min(text.Length, found[i].Source.End + 40)].Replace('\n', ' ')}");
        }
        foreach (var a in gold.Where(a => a.Source is not null))
        {
            var source = text[a.Source!.Start..a.Source.End].Trim();
            var form = FormOf(source);
            if (form is null) continue;
            var unlinked = sentences.Where(s => a.Contents.Any(c => c.Ranges.Any(r => s.Start < r.End && r.Start < s.End))).Count(s => !linked.Contains(s.Id));
            if (unlinked == 0) continue;
            var i = order.FindIndex(j => found[j].Source.Start < a.Source.End && a.Source.Start < found[j].Source.End);
            string why;
            if (i < 0) why = "no attribution on the source";
            else if (!found[order[i]].Reports) why = "attribution does not report";
            else if (resolved[order[i]].Count > 0) why = "resolved, sentence still unlinked";
            else why = form switch
            {
                "he/she" => WhyPerson(text, found, resolved, order, i, source.ToLowerInvariant() == "he" ? 'm' : 'f'),
                "description" => WhyDescribed(found, resolved, order, i, source),
                _ => "they/it unresolved",
            };
            var key = $"{form}: {why}";
            // round 34: every case, for counting by feature outside the bench (article, the pronoun's offset, the current speaker)
            if (form == "he/she") cases.Add($"CASE\t{key}\t{name}\t{a.Source.Start}\t{unlinked}\t{(i < 0 ? "" : CurrentSpeaker(found, resolved, order, i, source.ToLowerInvariant() == "he" ? 'm' : 'f'))}");
            counts[key] = counts.GetValueOrDefault(key) + unlinked;
            if (examples.Count(e => e.StartsWith(key + " |", StringComparison.Ordinal)) < 12)
            {
                var at = Math.Max(0, a.Source.Start - 160);
                examples.Add($"{key} | {text[at..Math.Min(text.Length, a.Source.End + 60)].Replace('\n', ' ')}");
            }
        }
    }

    private static string WhyPerson(string text, IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved, List<int> order, int index, char gender)
    {
        var position = found[order[index]].Source.Start;
        if (CurrentSpeakerOf(found, resolved, order, index, gender) is (var f, var speaker))
        {
            // people named in full (a given name or title first), and the surnames of people the text names in full, used alone
            var full = People().Matches(text).Where(m => IsPerson(m) && !speaker.Name.EndsWith(m.Groups[2].Value, StringComparison.Ordinal)).ToList();
            var surnames = full.Where(m => SourceLexicon.GenderOf(m.Groups[1].Value) is var g && (g == '-' || g == gender)).Select(m => m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);
            var between = Word().Matches(text[f.Source.End..position]).Where(m => surnames.Contains(m.Value)).ToList();
            var gendered = speaker.Gender == '-' ? " (speaker's gender unknown)" : "";
            if (between.Count == 0) return $"current speaker, no other person named between{gendered}";
            var places = between.Select(m => Place(text, f.Source.End + m.Index)).Distinct().Order().ToList();
            return $"current speaker, named between: {string.Join("+", places)}{gendered}";
        }
        return "no person of the gender cited in reach";
    }

    private static string CurrentSpeaker(IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved, List<int> order, int index, char gender) =>
        CurrentSpeakerOf(found, resolved, order, index, gender) is (var f, var speaker)
            ? $"{speaker.Name}\t{f.Source.Start}\t{f.Source.End}\t{speaker.Gender}" : "";

    // the current speaker: the last cited person before the pronoun (within 4,000 characters) whose gender fits
    private static (FoundAttribution Found, SourceEntry Speaker)? CurrentSpeakerOf(IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved, List<int> order, int index, char gender)
    {
        var position = found[order[index]].Source.Start;
        for (var k = index - 1; k >= 0; k--)
        {
            var f = found[order[k]];
            if (position - f.Source.End > 4000) break;
            if (resolved[order[k]].FirstOrDefault(e => e.Kind == SourceKind.Person && !e.Name.StartsWith("unnamed ", StringComparison.Ordinal)) is not { } speaker) continue;
            if (speaker.Gender != '-' && speaker.Gender != gender) continue;
            return (f, speaker);
        }
        return null;
    }

    // where a name between stands: inside a quotation, after a verb or preposition (an object), or elsewhere (a subject)
    private static string Place(string text, int at)
    {
        var paragraph = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        if (Quotation.OpenIn(text.AsSpan(paragraph, at - paragraph))) return "quoted";
        return ObjectBefore().IsMatch(text.AsSpan(Math.Max(0, at - 30), at - Math.Max(0, at - 30))) ? "object" : "subject";
    }

    private static string WhyDescribed(IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved, List<int> order, int index, string source)
    {
        var noun = source.Split(' ')[^1].ToLowerInvariant();
        var known = SourceLexicon.DescriptorOf(noun) is not null ? "listed noun" : "unlisted noun";
        var carriers = Enumerable.Range(0, index).SelectMany(k => resolved[order[k]])
            .Where(e => e.Name.Split(' ').Any(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase))).Distinct().Count();
        return $"{known}, earlier sources carrying it: {Math.Min(carriers, 2)}{(carriers > 2 ? "+" : "")}";
    }

    private static bool IsPerson(Match m) =>
        SourceLexicon.IsFirstName(m.Groups[1].Value) || SourceLexicon.IsTitle(m.Groups[1].Value) || SourceLexicon.IsTitle(m.Groups[1].Value + ".");

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]+\b")]
    private static partial Regex Word();

    private static string? FormOf(string source) =>
        HeShe().IsMatch(source) ? "he/she" : TheyIt().IsMatch(source) ? "they/it" : Definite().IsMatch(source) ? "description" : null;

    public void Write(TextWriter output)
    {
        output.WriteLine("unlinked sentences of gold pronoun and description sources, by cause:");
        foreach (var (key, n) in counts) output.WriteLine($"  {key}: {n}");
    }

    public void WriteExamples(TextWriter log)
    {
        foreach (var e in examples.Order(StringComparer.Ordinal)) log.WriteLine($"  EXAMPLE {e}");
        foreach (var r in resolutions) log.WriteLine(r);
        foreach (var c in cases) log.WriteLine(c);
    }

    [GeneratedRegex(@"^(?i:he|she)$")]
    private static partial Regex HeShe();

    [GeneratedRegex(@"^(?i:they|it)$")]
    private static partial Regex TheyIt();

    // "the senator", "the former secretary of state": "the" and up to three lower-case words, no name
    [GeneratedRegex(@"^(?i:the)(?:\s+[\p{Ll}-]+){1,3}$")]
    private static partial Regex Definite();

    [GeneratedRegex(@"\b(\p{Lu}[\p{L}'’-]*)\.?[ \t]+(?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,2}(\p{Lu}[\p{L}'’-]+)\b")]
    private static partial Regex People();

    [GeneratedRegex(@"\b(?:told|tell|tells|telling|asked|asks|interviewed|to|with|by|for|of|about|against|from|on|at|and|called|thanked|praised|attacked|criticized|criticised|met|than|like)[ \t]+$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectBefore();
}
