namespace DocReport.Bench.ClaimTraining;

/// <summary>Reads CheckThat! 2024 TSV files: header "Sentence_id Text class_label", text possibly double-quoted.</summary>
internal static class Ct24Reader
{
    public static IReadOnlyList<LabelledSentence> Read(string path)
    {
        var sentences = new List<LabelledSentence>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t');
            // A line may hold two fused records: "id, text, No29286, text, No". Split the label from the next id.
            for (var at = 0; at + 2 < fields.Length; at += 2)
            {
                var id = at == 0 ? fields[0] : LeadingDigitsAfterLabel(fields[at]);
                sentences.Add(new LabelledSentence(id, Unquote(fields[at + 1]), Label(fields[at + 2])));
            }
        }
        return sentences;
    }

    private static bool Label(string field) =>
        field.StartsWith("Yes", StringComparison.OrdinalIgnoreCase) ? true
        : field.StartsWith("No", StringComparison.OrdinalIgnoreCase) ? false
        : throw new InvalidDataException($"Unknown class label '{field}': expected Yes or No.");

    private static string LeadingDigitsAfterLabel(string field) => field.TrimStart('Y', 'e', 's', 'N', 'o');

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1].Replace("\"\"", "\"") : text;
}
