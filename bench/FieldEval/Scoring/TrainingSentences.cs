using DocReport.Bench.FieldEval.Matching;

namespace DocReport.Bench.FieldEval.Scoring;

/// <summary>
/// The sentences of bench/ClaimTraining's labelled files (the last column of each row), to tell which gold sentences
/// the claim model may have been trained or tuned on. A gold sentence is in a file when one of its sentences fits the
/// anchor (<see cref="Anchor.Fits"/>; an early cut counts from four words on, so a stray "The" does not).
/// </summary>
internal sealed class TrainingSentences
{
    private const int MinBeginningWords = 4;
    private readonly List<(string File, string Joined, HashSet<string> Sentences)> files = [];

    public TrainingSentences(string folder)
    {
        foreach (var path in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            var sentences = File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => TextNormalizer.Normalize(l[(l.LastIndexOf('\t') + 1)..])).ToHashSet();
            files.Add((Path.GetFileName(path), string.Join('\n', sentences), sentences));
        }
    }

    public IReadOnlyList<string> FilesWith(string anchorText)
    {
        var anchor = new Anchor(anchorText);
        return files.Where(f => f.Joined.Contains(anchor.Normalized, StringComparison.Ordinal)
                || f.Joined.Contains(anchor.Leading, StringComparison.Ordinal)
                || anchor.Beginnings(MinBeginningWords).Any(f.Sentences.Contains))
            .Select(f => f.File).ToList();
    }
}
