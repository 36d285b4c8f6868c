using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// Builds an <see cref="Article"/> straight from paragraphs, with a naive sentence splitter, so analysis
/// is tested without the Structure stage. Also compiled into bench/AttributionEval.
/// </summary>
public static partial class ArticleFixture
{
    // A sentence ends at . ! or ? (and any closing quotes) before white space and a capital, a digit or an opening quote,
    // except after a title or an initial ("Dr. Lindqvist", "J. Smith").
    [GeneratedRegex(@"(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Gen|Col|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]))[.!?]+[”""’»“]*(?=\s+[\p{Lu}\d“""‘«„‚])")]
    private static partial Regex SentenceEnd();

    public static Article Build(params string[] paragraphs) => Build(paragraphs, []);

    /// <summary>An article of the paragraphs joined by blank lines; <paramref name="links"/> are (paragraph, anchor text, url).</summary>
    public static Article Build(IReadOnlyList<string> paragraphs, IReadOnlyList<(int Paragraph, string Anchor, string Url)> links)
    {
        var text = string.Join("\n\n", paragraphs);
        var built = new List<Paragraph>();
        var start = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var id = $"P{p + 1}";
            var paragraphLinks = links.Where(l => l.Paragraph == p)
                .Select(l => new Link(start + paragraphs[p].IndexOf(l.Anchor, StringComparison.Ordinal), start + paragraphs[p].IndexOf(l.Anchor, StringComparison.Ordinal) + l.Anchor.Length, l.Url))
                .ToList();
            built.Add(new Paragraph(id, p + 1, null, BlockKind.Paragraph, paragraphs[p], start, start + paragraphs[p].Length)
            {
                Sentences = Split(paragraphs[p], start, id),
                Links = paragraphLinks,
            });
            start += paragraphs[p].Length + 2;
        }
        var info = new DocumentInfo { Id = "0000000000000000", Title = "Fixture", SourcePath = "fixture.txt", Format = InputFormat.Text, Sha256 = new string('0', 64) };
        return new Article(info, text, built);
    }

    private static List<Sentence> Split(string paragraph, int offset, string paragraphId)
    {
        var sentences = new List<Sentence>();
        var from = 0;
        foreach (var end in SentenceEnd().Matches(paragraph).Select(m => m.Index + m.Length).Append(paragraph.Length))
        {
            var s = from;
            while (s < end && char.IsWhiteSpace(paragraph[s])) s++;
            if (s < end) sentences.Add(new Sentence($"{paragraphId}.S{sentences.Count + 1}", paragraph[s..end], offset + s, offset + end));
            from = end;
        }
        return sentences;
    }
}
