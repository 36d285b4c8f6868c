namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// The area under the ROC curve: the chance that a check-worthy sentence is scored above one that is not. It needs no
/// threshold, so it compares settings on a small dev set with less noise than F1 at a chosen threshold.
/// </summary>
internal static class RankingQuality
{
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var ranked = scores.Select((s, i) => (Score: s, Gold: labels[i])).OrderBy(x => x.Score).ToList();
        double positives = ranked.Count(x => x.Gold), negatives = ranked.Count - positives, rankSum = 0;
        for (var start = 0; start < ranked.Count;)
        {
            var end = start;
            while (end < ranked.Count && ranked[end].Score == ranked[start].Score) end++;
            var meanRank = (start + 1 + end) / 2.0; // ties share the mean of their ranks
            rankSum += meanRank * ranked.Skip(start).Take(end - start).Count(x => x.Gold);
            start = end;
        }
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
