using DocReport.Bench.FieldEval.Gold;
using DocReport.Bench.FieldEval.Matching;

namespace DocReport.Bench.FieldEval.Scoring;

/// <summary>
/// Who the output credits with each matched gold sentence. A sentence with a gold speaker is right when one of its
/// attributions' sources names that speaker (<see cref="SourceNames.Match(OutputSource, GoldSource)"/>), wrong when they name only others, unlinked when none names a source; a
/// sentence of the writer's own is credited when any attribution names a source. The claims' source links are counted
/// the same way: a claim linked to someone who did not say it is what issue 8 forbids.
/// </summary>
internal sealed record SpeakerScore(
    int Right, int Wrong, int Unlinked, int WritersOwn, int Credited, int ClaimLinksRight, int ClaimLinksWrong, int ClaimLinksOnOwn)
{
    public static readonly SpeakerScore Zero = new(0, 0, 0, 0, 0, 0, 0, 0);

    public int Spoken => Right + Wrong + Unlinked;
    public int ClaimLinks => ClaimLinksRight + ClaimLinksWrong + ClaimLinksOnOwn;

    public static SpeakerScore Of(GoldArticle gold, IReadOnlyList<int> matches, OutputDataset output, List<string> errors)
    {
        var score = Zero;
        for (var i = 0; i < gold.Sentences.Count; i++)
        {
            var sentence = gold.Sentences[i];
            if (matches[i] < 0 || sentence.Speaker == GoldArticle.Undecided) continue;
            var id = output.Sentences[matches[i]].Id;
            var credited = output.AttributedSources(id);
            var linked = output.ClaimSources(id);
            if (gold.Source(sentence.Speaker) is not { } speaker)
            {
                score = score with { WritersOwn = score.WritersOwn + 1, ClaimLinksOnOwn = score.ClaimLinksOnOwn + (linked.Count > 0 ? 1 : 0) };
                if (credited.Count > 0) score = score with { Credited = score.Credited + 1 };
                if (credited.Count > 0 || linked.Count > 0)
                    errors.Add($"writer's own credited: {id} to {Names(credited)}{(linked.Count > 0 ? $", claim linked to {Names(linked)}" : "")}: {sentence.Anchor}");
                continue;
            }
            var saidBy = (IReadOnlyList<OutputSource> sources) => sources.Any(s => SourceNames.Match(s, speaker) != NameMatch.None);
            if (saidBy(credited)) score = score with { Right = score.Right + 1 };
            else if (credited.Count > 0)
            {
                score = score with { Wrong = score.Wrong + 1 };
                errors.Add($"speaker wrong: {id} credited to {Names(credited)}, gold '{speaker.Name}': {sentence.Anchor}");
            }
            else
            {
                score = score with { Unlinked = score.Unlinked + 1 };
                errors.Add($"speaker unlinked: {id}, gold '{speaker.Name}': {sentence.Anchor}");
            }
            if (linked.Count == 0) continue;
            if (saidBy(linked)) score = score with { ClaimLinksRight = score.ClaimLinksRight + 1 };
            else
            {
                score = score with { ClaimLinksWrong = score.ClaimLinksWrong + 1 };
                errors.Add($"claim linked wrong: {id} linked to {Names(linked)}, gold '{speaker.Name}': {sentence.Anchor}");
            }
        }
        return score;
    }

    public static SpeakerScore operator +(SpeakerScore a, SpeakerScore b) => new(
        a.Right + b.Right, a.Wrong + b.Wrong, a.Unlinked + b.Unlinked, a.WritersOwn + b.WritersOwn, a.Credited + b.Credited,
        a.ClaimLinksRight + b.ClaimLinksRight, a.ClaimLinksWrong + b.ClaimLinksWrong, a.ClaimLinksOnOwn + b.ClaimLinksOnOwn);

    private static string Names(IReadOnlyList<OutputSource> sources) => string.Join(", ", sources.Select(s => $"{s.Id} '{s.Name}'"));
}
