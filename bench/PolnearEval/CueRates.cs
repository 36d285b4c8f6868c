using System.Globalization;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// How often each word is a cue where it occurs in PolNeAR train: for each word form outside every gold content (PolNeAR
/// marks no attribution inside what another reports), how many of its occurrences lie in a gold cue span, and of those how
/// many in the cue of an attribution with a source. A rate, not a list of examples: a word is read as a cue by that
/// evidence (cue-rates.tsv, read by RatedCues), with the threshold chosen on the bench.
/// </summary>
internal static class CueRates
{
    public const string Path = "Analysis/Attributions/Data/cue-rates.tsv";
    public const int MinCount = 5;

    public static string Write(IReadOnlyList<PolnearDocument> train)
    {
        var (inCue, sourced, total) = Count(train, outsideContent: true);
        var rows = inCue.Where(w => w.Value >= MinCount).OrderByDescending(w => (double)w.Value / total[w.Key]).ThenByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key}\t{w.Value}\t{sourced.GetValueOrDefault(w.Key)}\t{total[w.Key]}"));
        return $"""
            # How often each word is a cue in PolNeAR train (first annotator of each of {train.Count} articles), counted outside gold contents:
            # word, occurrences inside a gold cue span, of those in the cue of an attribution with a source, all occurrences. Words
            # inside at least {MinCount} cue spans; highest share first. Rerun from the repository root:
            # dotnet run -c Release --project bench/PolnearEval -- cue-rates

            """.Replace("\r", "") + string.Join('\n', rows) + "\n";
    }

    /// <summary>For each word form of letters: its uses inside a gold cue span, of those in an attribution with a source, and all its uses (outside gold contents when asked).</summary>
    public static (Dictionary<string, int> InCue, Dictionary<string, int> Sourced, Dictionary<string, int> Total) Count(IReadOnlyList<PolnearDocument> train, bool outsideContent)
    {
        var (inCue, sourced, total) = (Counts(), Counts(), Counts());
        foreach (var document in train)
        {
            var cues = document.Attributions.Where(a => a.Cue is not null).SelectMany(a => a.Cue!.Ranges.Select(r => (r.Start, r.End, HasSource: a.Source is not null))).ToList();
            var contents = outsideContent ? document.Attributions.SelectMany(a => a.Contents).SelectMany(c => c.Ranges).ToList() : [];
            foreach (var token in Tokenizer.Tokens(document.Text, 0, document.Text.Length))
            {
                if (!token.Lower.All(char.IsLetter) || contents.Any(c => c.Start <= token.Start && token.End <= c.End)) continue;
                total[token.Lower] = total.GetValueOrDefault(token.Lower) + 1;
                var cue = cues.FindIndex(c => c.Start <= token.Start && token.End <= c.End);
                if (cue < 0) continue;
                inCue[token.Lower] = inCue.GetValueOrDefault(token.Lower) + 1;
                if (cues[cue].HasSource) sourced[token.Lower] = sourced.GetValueOrDefault(token.Lower) + 1;
            }
        }
        return (inCue, sourced, total);
    }

    private static Dictionary<string, int> Counts() => new(StringComparer.Ordinal);
}
