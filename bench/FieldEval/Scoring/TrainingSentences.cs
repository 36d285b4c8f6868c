using DocReport.Bench.FieldEval.Matching;

namespace DocReport.Bench.FieldEval.Scoring;

/// <summary>
/// The sentences of bench/ClaimTraining's labelled files (the last column of each row), to tell which gold sentences
/// the claim model may have been trained or tuned on. A gold sentence is in a file when one of its sentences fits the
/// anchor (<see cref="Anchor.Fits"/>), counting only from four words on: an early cut of three words or fewer, or an
/// anchor that short ("It failed.") inside a longer sentence, says nothing of whether the sentence was labelled. Rows of
/// the gates' pages (<see cref="GatePages"/>) are left out: since round 23 no command of bench/ClaimTraining trains on them.
/// </summary>
internal sealed class TrainingSentences
{
    private const int MinWords = 4;
    private readonly List<(string File, string Joined, HashSet<string> Sentences)> files = [];

    public TrainingSentences(string folder, IReadOnlySet<string> gatedPages)
    {
        foreach (var path in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            var sentences = File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split('\t')).Where(fields => !fields[..^1].Any(gatedPages.Contains))
                .Select(fields => TextNormalizer.Normalize(fields[^1])).ToHashSet();
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

    /// <summary>The name bench/ClaimTraining's files give a page: a Readability page (<c>readability-pages/NAME/source.html</c>)
    /// by its folder, any other by its file name.</summary>
    private static string PageName(string page) => Path.GetFileName(page) == "source.html"
        ? Path.GetFileName(Path.GetDirectoryName(page)) ?? page
        : Path.GetFileName(page);

    /// <summary>The page files (names only) the gold files of <paramref name="folders"/> judge, from each file's
    /// <c># page:</c> comment line; no gold row is read.</summary>
    public static IReadOnlySet<string> GatePages(params string[] folders) =>
        folders.Where(Directory.Exists).SelectMany(folder => Directory.GetFiles(folder, "*.tsv"))
            .Select(file => File.ReadLines(file).TakeWhile(l => l.Length == 0 || l[0] == '#').Select(l => l.TrimStart('#').Trim())
                .FirstOrDefault(l => l.StartsWith("page:", StringComparison.Ordinal)) is { } line ? PageName(line[5..].Trim().Split(' ')[0]) : "")
            .Where(name => name.Length > 0).ToHashSet(StringComparer.Ordinal);
}
