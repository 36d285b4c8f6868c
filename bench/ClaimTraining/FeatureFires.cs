using System.Globalization;
namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Where the features whose names start with a prefix fire (round 28): for CT24 train + dev and each news set, how many sentences
/// have one and how many of those are check-worthy, against the set's share. Lists the news dev sentences they fire on; never a test part.
/// </summary>
internal static class FeatureFires
{
    public static void Run(string data, string prefix, IReadOnlyList<(string Name, IReadOnlyList<LabelledSentence> Sentences)> newsSets)
    {
        var debates = Ct24Reader.Read(Path.Combine(data, Ct24Corpus.TrainFile)).Concat(Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevFile))).ToList();
        foreach (var (name, sentences) in newsSets.Prepend(("ct24 train+dev", debates)))
        {
            var firing = sentences.Where(s => EncodedSet.FeaturesOf(s).Any(f => f.StartsWith(prefix, StringComparison.Ordinal))).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: n={sentences.Count} ({Share(sentences):P1} Yes)  {prefix} fires on {firing.Count}, {firing.Count(s => s.IsClaim)} Yes ({Share(firing):P1})"));
            if (name != "news-dev") continue;
            foreach (var sentence in firing) Console.WriteLine($"    {(sentence.IsClaim ? "Yes" : "No "),-3} {sentence.Text}");
        }
    }

    private static double Share(IReadOnlyList<LabelledSentence> sentences) => sentences.Count == 0 ? 0 : sentences.Count(s => s.IsClaim) / (double)sentences.Count;
}
