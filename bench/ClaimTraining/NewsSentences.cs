namespace DocReport.Bench.ClaimTraining;

/// <summary>Reads news-sentences.tsv: "label TAB sentence" lines (label Yes or No), '#' comments.</summary>
internal static class NewsSentences
{
    public static IReadOnlyList<LabelledSentence> Read(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select((line, i) => line.Split('\t', 2))
            .Select((fields, i) => new LabelledSentence($"news{i + 1}", fields[1], fields[0] == "Yes"))
            .ToList();
}
