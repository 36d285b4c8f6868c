namespace DocReport.Bench.ClaimTraining;

/// <summary>The folds news-train is split into for news-cv, each page wholly in one by a stable hash of its name: the claim model's
/// folds and, from round 39, those of the opinion classifier whose score it may read (<see cref="OpinionScore"/>).</summary>
internal static class PageFolds
{
    public const int Count = 5;

    public static int Of(string page) => StableHash.Of(page) % Count;
}
