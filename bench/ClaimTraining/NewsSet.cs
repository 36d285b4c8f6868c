namespace DocReport.Bench.ClaimTraining;

/// <summary>A labelled news sentence, with the page it comes from and the part (train, dev or test) that page is in.</summary>
internal sealed record NewsSentence(string Split, string Page, LabelledSentence Sentence);

/// <summary>Reads news-eval.tsv and news-train.tsv: "split TAB page TAB sentence id TAB Yes|No TAB sentence" lines, '#' comments.</summary>
internal static class NewsSet
{
    /// <summary>The sentences of a file, each with its place in the article when <paramref name="contexts"/> is given.</summary>
    public static IReadOnlyList<NewsSentence> Read(string path, NewsContexts? contexts = null) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t', 5))
            .Select(f => new NewsSentence(f[0], f[1], new LabelledSentence(f[1] + "/" + f[2], f[4], f[3] == "Yes", contexts?.Of(f[1], f[2], f[4]))))
            .ToList();
}
