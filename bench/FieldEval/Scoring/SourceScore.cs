using DocReport.Bench.FieldEval.Gold;
using DocReport.Bench.FieldEval.Matching;

namespace DocReport.Bench.FieldEval.Scoring;

/// <summary>
/// The output's listed sources against the gold sources. Each listed source, in the order listed, takes the gold source
/// its name matches best (word for word before the word-subset rule before the same unnamed group of the same kind, a gold source not yet taken before one taken, then
/// the gold kind, then gold order); it is right (matched, gold kind), kind wrong, a duplicate (its gold source was taken
/// by an earlier listed source) or wrong (matches none).
/// </summary>
internal sealed record SourceScore(int Listed, int Right, int KindWrong, int Duplicate, int Wrong, int Gold, int Found, int FoundByName)
{
    public static readonly SourceScore Zero = new(0, 0, 0, 0, 0, 0, 0, 0);

    public Ratio Precision => new(Right, Listed);
    public Ratio Recall => new(Found, Gold);
    public Ratio NamePrecision => new(Right + KindWrong, Listed);
    public Ratio NameRecall => new(FoundByName, Gold);

    public static SourceScore Of(IReadOnlyList<GoldSource> gold, IReadOnlyList<OutputSource> listed, List<string> errors)
    {
        var takenBy = new Dictionary<GoldSource, OutputSource>();
        var foundWithKind = new HashSet<GoldSource>();
        int right = 0, kindWrong = 0, duplicate = 0, wrong = 0;
        foreach (var source in listed)
        {
            var match = gold.Select((g, order) => (Gold: g, Order: order, How: SourceNames.Match(source, g)))
                .Where(m => m.How != NameMatch.None)
                .OrderByDescending(m => m.How).ThenBy(m => takenBy.ContainsKey(m.Gold)).ThenBy(m => !SameKind(m.Gold, source)).ThenBy(m => m.Order)
                .Select(m => m.Gold).FirstOrDefault();
            if (match is null)
            {
                wrong++;
                errors.Add($"source wrong: {Shown(source)} names no gold source");
            }
            else if (takenBy.TryGetValue(match, out var earlier))
            {
                duplicate++;
                errors.Add($"source duplicate: {Shown(source)} is gold '{match.Name}', already listed as {Shown(earlier)}");
            }
            else
            {
                takenBy[match] = source;
                if (SameKind(match, source)) { right++; foundWithKind.Add(match); }
                else
                {
                    kindWrong++;
                    errors.Add($"source kind wrong: {Shown(source)} is gold '{match.Name}' ({match.Kind})");
                }
            }
        }
        foreach (var missed in gold.Where(g => !takenBy.ContainsKey(g)))
            errors.Add($"source missed: '{missed.Name}' ({missed.Kind})");
        return new(listed.Count, right, kindWrong, duplicate, wrong, gold.Count, foundWithKind.Count, takenBy.Count);
    }

    public static SourceScore operator +(SourceScore a, SourceScore b) => new(
        a.Listed + b.Listed, a.Right + b.Right, a.KindWrong + b.KindWrong, a.Duplicate + b.Duplicate, a.Wrong + b.Wrong,
        a.Gold + b.Gold, a.Found + b.Found, a.FoundByName + b.FoundByName);

    private static bool SameKind(GoldSource gold, OutputSource output) => string.Equals(gold.Kind, output.Kind, StringComparison.OrdinalIgnoreCase);

    private static string Shown(OutputSource source) => $"{source.Id} '{source.Name}' ({source.Kind})";
}
