using System.Text;
using System.Text.RegularExpressions;
using DocReport.Model;

namespace LayoutBench;

/// <summary>Builds a dataset from plain text: paragraphs at blank lines, sentences at end punctuation, claims where a sentence holds a number or a reporting verb.</summary>
internal static partial class SyntheticArticle
{
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\d|\b(said|reported|according|claimed|announced)\b")]
    private static partial Regex ClaimCue();

    private static readonly (string Name, SourceKind Kind, string? Url)[] Sources =
    [
        ("UK Ministry of Defence", SourceKind.Government, "https://www.gov.uk/government/organisations/ministry-of-defence"),
        ("Telegram channel Put Domoy", SourceKind.Platform, null),
        ("Reuters", SourceKind.Media, "https://www.reuters.com/world/europe/"),
        ("Kremlin spokesman", SourceKind.Person, null),
    ];

    /// <summary>A dataset of <paramref name="paragraphCount"/> paragraphs cycled from <paramref name="paragraphs"/>.</summary>
    public static ArticleDataset Create(string title, IReadOnlyList<string> paragraphs, int paragraphCount, string path)
    {
        var text = new StringBuilder();
        var built = new List<Paragraph>();
        var claims = new List<Claim>();
        for (var p = 0; p < paragraphCount; p++)
        {
            var body = paragraphs[p % paragraphs.Count];
            var start = text.Length;
            var sentences = new List<Sentence>();
            var offset = 0;
            foreach (var piece in SentenceEnd().Split(body))
            {
                var at = body.IndexOf(piece, offset, StringComparison.Ordinal);
                offset = at + piece.Length;
                var id = $"P{p + 1}.S{sentences.Count + 1}";
                var isClaim = ClaimCue().IsMatch(piece);
                var score = isClaim ? 0.5 + (piece.Length % 50) / 100.0 : 0.2;
                sentences.Add(new Sentence(id, piece, start + at, start + offset) { IsClaim = isClaim, Score = score });
                if (isClaim)
                    claims.Add(new Claim($"C{claims.Count + 1}", id, $"P{p + 1}", piece, start + at, start + offset)
                    {
                        Score = score,
                        Types = piece.Any(char.IsDigit) ? [ClaimType.Statistic] : [ClaimType.Attribution],
                        SourceIds = [$"S{claims.Count % Sources.Length + 1}"],
                    });
            }
            text.Append(body);
            built.Add(new Paragraph($"P{p + 1}", p + 1, null, BlockKind.Paragraph, body, start, text.Length) { Sentences = sentences });
            text.Append("\n\n");
        }
        var sources = Sources.Select((s, i) => new Source($"S{i + 1}", s.Name, s.Kind)
        {
            Url = s.Url,
            ClaimIds = claims.Where(c => c.SourceIds.Contains($"S{i + 1}")).Select(c => c.Id).ToList(),
            Mentions = claims.Count(c => c.SourceIds.Contains($"S{i + 1}")),
        }).ToList();
        var document = new DocumentInfo
        {
            Id = "0000000000000000", Title = title, SourcePath = path, Format = InputFormat.Text, Sha256 = new string('0', 64),
            Published = "2024-01-15", Authors = ["Bench Writer"],
        };
        return new ArticleDataset(document, text.ToString(), built)
        {
            Claims = claims,
            Sources = sources,
            Validation = [new ValidationIssue(Severity.Warning, "W_BENCH", "Synthetic dataset built by the layout benchmark.", "Document")],
        };
    }
}
