namespace DocReport.Bench.FieldEval.Gold;

/// <summary>Reads a gold file of format v1 (FORMAT.md); what does not follow the format is kept as a problem to report, never skipped silently.</summary>
internal static class GoldFile
{
    private static readonly HashSet<string> Kinds = ["government", "organization", "media", "person", "platform", "document", "other"];

    public static GoldArticle Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var sources = new List<GoldSource>();
        var sentences = new List<GoldSentence>();
        var amendments = new List<string>();
        var problems = new List<string>();
        string? page = null, title = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                var comment = line.TrimStart('#').Trim();
                if (comment.StartsWith("page:", StringComparison.Ordinal)) page ??= comment[5..].Trim().Split(' ')[0];
                else if (comment.StartsWith("title:", StringComparison.Ordinal)) title ??= comment[6..].Trim();
                else if (comment.StartsWith("amend", StringComparison.OrdinalIgnoreCase)) amendments.Add(comment);
                continue;
            }
            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "source" when cells.Length >= 3:
                    if (!Kinds.Contains(cells[2])) problems.Add($"line {i + 1}: kind '{cells[2]}' is none of {string.Join(", ", Kinds)}");
                    var aliases = cells.Length > 3 ? cells[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
                    sources.Add(new(cells[1].Trim(), cells[2], aliases));
                    break;
                case "sentence" when cells.Length >= 4 && cells[1] is "Y" or "N":
                    sentences.Add(new(cells[1] == "Y", cells[2].Trim(), cells[3], i + 1));
                    break;
                default:
                    problems.Add($"line {i + 1}: neither a source row (source, NAME, KIND, ALIASES) nor a sentence row (sentence, Y|N, SPEAKER, ANCHOR)");
                    break;
            }
        }
        var names = sources.Select(s => s.Name).ToHashSet();
        foreach (var s in sentences.Where(s => s.Speaker is not (GoldArticle.WritersOwn or GoldArticle.Undecided) && !names.Contains(s.Speaker)))
            problems.Add($"line {s.Line}: speaker '{s.Speaker}' is no source row's NAME");
        if (page is null) problems.Add("no '# page:' line");
        return new(Path.GetFileNameWithoutExtension(path), page ?? "", title ?? "", sources, sentences, amendments, problems);
    }
}
