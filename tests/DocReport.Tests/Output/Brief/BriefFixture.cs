using DocReport.Model;

namespace DocReport.Tests.Output.Brief;

/// <summary>A dataset built in code: paragraphs of sentences, a claim in most paragraphs, sources with and without URLs.</summary>
internal static class BriefFixture
{
    public const string ArticleLink = "https://port.example/annual-report";

    public const string Title = "Why Réunion's Ferries Run Late: Ελληνικά and Кириллица in Transit";

    // {0} is the paragraph's number, so no two paragraphs say the same thing (the brief lists a statement once).
    private static readonly string[] Sentences =
    [
        "The regional ministry reported {0} cancelled crossings in March 2024.",
        "Passengers waited on quay {0} while crews argued over rosters.",
        "According to the port authority, delays on route {0} doubled compared with 2022.",
        "Officials said a new timetable for route {0} would start in the autumn.",
        "Local traders, quoted by Le Quotidien, blamed fuel prices rising by 18 percent in district {0}.",
        "Nobody could say when vessel {0} would return.",
    ];

    public static ArticleDataset Create(int paragraphCount = 30)
    {
        var text = new System.Text.StringBuilder();
        var paragraphs = new List<Paragraph>();
        var claims = new List<Claim>();
        for (var p = 1; p <= paragraphCount; p++)
        {
            var start = text.Length;
            var sentences = new List<Sentence>();
            for (var s = 0; s < 3; s++)
            {
                var sentenceText = string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentences[(p + s) % Sentences.Length], p);
                if (s > 0) text.Append(' ');
                var sentence = new Sentence($"P{p}.S{s + 1}", sentenceText, text.Length, text.Length + sentenceText.Length)
                    { IsClaim = s != 1, Score = Math.Round(0.4 + 0.5 * ((p * 7 + s * 3) % 10) / 10.0, 2) };
                text.Append(sentenceText);
                sentences.Add(sentence);
                if (sentence.IsClaim)
                    claims.Add(new Claim($"C{claims.Count + 1}", sentence.Id, $"P{p}", sentenceText, sentence.Start, sentence.End)
                    {
                        Types = s == 0 ? [ClaimType.Statistic, ClaimType.Temporal] : [ClaimType.Attribution],
                        Score = sentence.Score,
                        SourceIds = s == 0 ? ["S1"] : p % 3 == 0 ? ["S2", "S3"] : [],
                    });
            }
            var paragraphText = text.ToString(start, text.Length - start);
            var linkAt = start + paragraphText.IndexOf("port authority", StringComparison.Ordinal);
            Link[] links = p == 2 ? [new Link(linkAt, linkAt + "port authority".Length, ArticleLink)] : [];
            paragraphs.Add(new Paragraph($"P{p}", p, null, BlockKind.Paragraph, paragraphText, start, text.Length) { Sentences = sentences, Links = links });
            text.Append("\n\n");
        }
        var sources = new List<Source>
        {
            new("S1", "Regional Ministry of Transport", SourceKind.Government)
                { Mentions = 12, ClaimIds = claims.Where(c => c.SourceIds.Contains("S1")).Select(c => c.Id).ToList(), Url = "https://www.example.gov/transport/reports/2024/ferry-cancellations-and-delays-in-the-first-quarter" },
            new("S2", "Port Authority", SourceKind.Organization) { Mentions = 4, ClaimIds = claims.Where(c => c.SourceIds.Contains("S2")).Select(c => c.Id).ToList() },
            new("S3", "Le Quotidien", SourceKind.Media) { Mentions = 2, ClaimIds = claims.Where(c => c.SourceIds.Contains("S3")).Select(c => c.Id).ToList(), Url = "https://lequotidien.example/article" },
        };
        var document = new DocumentInfo
        {
            Id = "0123456789abcdef", Title = Title, Authors = ["Zoë Ångström", "Дмитрий Петров"], Published = "2024-04-02",
            Url = "https://news.example/ferries", SourcePath = "/data/in/ferries.html", Format = InputFormat.Html, Sha256 = new string('a', 64),
        };
        return new ArticleDataset(document, text.ToString(), paragraphs)
        {
            Claims = claims,
            Sources = sources,
            Validation = [new ValidationIssue(Severity.Warning, "W_SOURCE_NO_URL", "Source S2 has no URL.", "Sources[1]")],
        };
    }
}
