using DocReport.Model;

namespace DocReport.Validation;

/// <summary>Where U+FFFD, the mark of bytes decoded with the wrong encoding, occurs in a dataset.</summary>
internal sealed record ReplacementCharacters(int Count, string? FirstLocation)
{
    private const char Replacement = '\uFFFD';

    /// <summary>The validation message: how many, where the first is, and the likely cause.</summary>
    public string Describe() =>
        $"{{PropertyPath}}: {Count} U+FFFD replacement character(s), the first in {FirstLocation}: the input was probably decoded with the wrong encoding, or held code points that are not characters (U+FFFE, unpaired surrogates).";

    /// <summary>How many replacement characters the title and text hold, and the path of the first.</summary>
    public static ReplacementCharacters In(ArticleDataset dataset)
    {
        var inTitle = dataset.Document.Title.Count(c => c == Replacement);
        var firstInText = dataset.Text.IndexOf(Replacement);
        var count = inTitle + dataset.Text.Count(c => c == Replacement);
        if (inTitle > 0) return new(count, "Document.Title");
        if (firstInText < 0) return new(0, null);
        var paragraph = dataset.Paragraphs.ToList().FindIndex(p => p.Start <= firstInText && firstInText < p.End);
        return new(count, paragraph >= 0 ? $"Paragraphs[{paragraph}], offset {firstInText}" : $"Text, offset {firstInText}");
    }
}
