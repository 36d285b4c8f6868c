using DocReport.Resources;

namespace DocReport.Analysis.Sources;

/// <summary>
/// A body's name split into its subject and its body word, so that "Environmental Protection",
/// "Environmental Protection Department" and "Department of Environmental Protection" are known as one body.
/// </summary>
internal static class BodyNameForm
{
    private static readonly IReadOnlySet<string> BodyWords = new HashSet<string>(WordList.Load("Analysis/Data/body-words.txt"), StringComparer.Ordinal);
    private static readonly HashSet<string> Links = new(StringComparer.Ordinal) { "of", "for", "on" };

    /// <summary>("Environmental Protection", "Department") for either official form; the name itself and "" when it has no body word.</summary>
    public static (string Subject, string BodyWord) Split(string name)
    {
        var words = name.Split(' ');
        if (words.Length > 1 && BodyWords.Contains(words[^1])) return (string.Join(' ', words[..^1]), words[^1]);
        var subject = words.Length > 3 && words[2] == "the" ? 3 : 2;
        if (words.Length > subject && BodyWords.Contains(words[0]) && Links.Contains(words[1])) return (string.Join(' ', words[subject..]), words[0]);
        return (name, "");
    }

    /// <summary>True when two names differ at most by one body word: one has none, or both have the same.</summary>
    public static bool SameBody(string a, string b)
    {
        var (x, y) = (Split(a), Split(b));
        return string.Equals(x.Subject, y.Subject, StringComparison.OrdinalIgnoreCase)
            && (x.BodyWord.Length == 0 || y.BodyWord.Length == 0 || x.BodyWord == y.BodyWord);
    }
}
