using DocReport.Layout;
using DocReport.Model;
using DocReport.Resources;

namespace DocReport.Validation;

/// <summary>The scripts of a dataset's title and text that no installed font draws: brief.pdf would show them as boxes.</summary>
internal sealed record ScriptsWithoutFont(IReadOnlyList<UncoveredScript> Scripts)
{
    private static readonly IReadOnlyDictionary<string, string> Names = WordList.Load("Validation/Data/script-names.tsv")
        .Select(l => l.Split('\t')).ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);

    /// <summary>The validation message: which scripts, how many characters, an example of each, and what to install.</summary>
    public string Describe() =>
        "{PropertyPath}: no installed font draws "
        + string.Join("; ", Scripts.Select(s => $"{Names.GetValueOrDefault(s.Script, s.Script)} ({Counted.Of(s.Characters, "character")}, e.g. '{s.Example}')"))
        + ": brief.pdf shows them as boxes. Install a font for them (on Debian: fonts-noto-core for most scripts, fonts-noto-cjk for Chinese, Japanese and Korean).";

    public static ScriptsWithoutFont In(ArticleDataset dataset, Func<string, IReadOnlyList<UncoveredScript>> uncovered) =>
        new(uncovered(dataset.Document.Title + "\n" + dataset.Text));
}
