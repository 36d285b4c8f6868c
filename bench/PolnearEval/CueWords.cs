using System.Globalization;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// The words that mark attribution in PolNeAR train: inside a cue span in at least <see cref="MinShare"/> of at
/// least <see cref="MinCount"/> occurrences, adverbs ("publicly", "also") left out since they only go with a cue.
/// The tagger's distance-to-cue features count from these. To compare shares by cv, build the list from the other
/// folds (--holdout-fold 0): a list built from all of train lifts the held-out fold's scores (README, round 7).
/// With outsideContent, only occurrences outside every gold content are counted: PolNeAR marks no attribution inside
/// what another reports, so a word's uses there say nothing of how often it cues. With byStem, a form seen in a cue
/// also counts when the forms of its stem (<see cref="WordStem"/>) together reach the share ("asserts", "conceded").
/// </summary>
internal static class CueWords
{
    public const string Path = "Analysis/Attributions/Data/cue-words.txt";
    private const int MinCount = 5;
    public const double MinShare = 0.4;

    public static string Write(IReadOnlyList<PolnearDocument> train, double minShare = MinShare, bool outsideContent = false, bool byStem = false)
    {
        var (inCue, _, total) = CueRates.Count(train, outsideContent);
        var (stemInCue, stemTotal) = (Sum(inCue), Sum(total));
        bool Often(int cue, int all) => cue >= MinCount && cue >= minShare * all;
        var words = inCue.Where(w => (Often(w.Value, total[w.Key]) || byStem && Often(stemInCue[WordStem.Of(w.Key)], stemTotal[WordStem.Of(w.Key)]))
                && !w.Key.EndsWith("ly") && w.Key != "also")
            .OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key);
        return $"""
            # Words that mark attribution, for the attribution tagger's distance-to-cue features: each was inside a cue span of
            # PolNeAR train (first annotator of each of {train.Count} articles) in at least {minShare * 100:0}% of at least {MinCount} occurrences{(outsideContent ? " outside gold contents" : "")};
            # {(byStem ? "or a word of train whose stem's forms together were; " : "")}adverbs left out. Most frequent first. Rerun from the repository root:
            # dotnet run -c Release --project bench/PolnearEval -- cue-words --min-share {minShare.ToString(CultureInfo.InvariantCulture)}{(outsideContent ? " --outside-content" : "")}{(byStem ? " --by-stem" : "")}

            """.Replace("\r", "") + string.Join('\n', words) + "\n";
    }

    private static Dictionary<string, int> Sum(Dictionary<string, int> counts) =>
        counts.GroupBy(c => WordStem.Of(c.Key)).ToDictionary(g => g.Key, g => g.Sum(c => c.Value), StringComparer.Ordinal);
}
