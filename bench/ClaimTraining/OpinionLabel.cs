namespace DocReport.Bench.ClaimTraining;

/// <summary>One sentence of news-train-opinion.tsv (news-guideline.md, "Opinion or fact"): its page, whether its label is one of the
/// kinds counted as opinion, and its text.</summary>
internal sealed record OpinionLabel(string Page, bool IsOpinion, string Text)
{
    /// <summary>The labels of <paramref name="path"/> ("page TAB id TAB Yes|No TAB fact|opinion|mixed|none TAB sentence"; lines
    /// starting with '#' are comments); <paramref name="opinionKinds"/> are the labels counted as opinion ("opinion", or "opinion,mixed").</summary>
    public static IReadOnlyList<OpinionLabel> Read(string path, IReadOnlyCollection<string> opinionKinds) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t', 5))
            .Select(f => new OpinionLabel(f[0], opinionKinds.Contains(f[3]), f[4]))];
}
