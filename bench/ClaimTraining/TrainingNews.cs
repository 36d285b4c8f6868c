namespace DocReport.Bench.ClaimTraining;

/// <summary>A news file's sentences that training may read, with each one's index among the file's sentences (0-based, comments not counted).</summary>
internal sealed record TrainingNews(IReadOnlyList<NewsSentence> Sentences, IReadOnlyList<int> Rows, int LeftOut)
{
    /// <summary>How many of the sentences kept are among the file's first <paramref name="count"/>: what remains of <c>--random-draws N</c>.</summary>
    public int Before(int count) => Rows.Count(r => r < count);
}
