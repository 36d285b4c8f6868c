using DocReport.Bench.FieldEval.Matching;

namespace DocReport.Bench.FieldEval.Scoring;

/// <summary>
/// The sentences of bench/ClaimTraining's labelled files (the last column of each row), to tell which gold sentences
/// the claim model may have been trained or tuned on. A gold sentence is in a file when one of its sentences fits the
/// anchor (<see cref="Anchor.Fits"/>), counting only from four words on: an early cut of three words or fewer, or an
/// anchor that short ("It failed.") inside a longer sentence, says nothing of whether the sentence was labelled.
/// </summary>
internal sealed class TrainingSentences
{
    private const int MinWords = 4;
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
        return files.Where(f => anchor.WordCount < MinWords
                ? f.Sentences.Contains(anchor.Normalized)
                : f.Joined.Contains(anchor.Normalized, StringComparison.Ordinal)
                    || f.Joined.Contains(anchor.Leading, StringComparison.Ordinal)
                    || anchor.Beginnings(MinWords).Any(f.Sentences.Contains))
            .Select(f => f.File).ToList();
    }
}
