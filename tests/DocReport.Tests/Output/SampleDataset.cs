using DocReport.Model;

namespace DocReport.Tests.Output;

/// <summary>A dataset built in code with the text that breaks naive writers: formula-like starts, control characters, emoji, non-Latin scripts, a paragraph over Excel's cell limit.</summary>
internal static class SampleDataset
{
    public const int LongParagraphLength = 40_000;

    public static readonly string[][] ParagraphSentences =
    [
        ["=1+2 is not a formula.", "Neither is =SUM(A1:A9)."],
        ["@user posted it first.", "The UK Ministry of Defence reported over 220 attacks on enlistment offices."],
        ["-5% was the change in September 2023.", "+44 20 7946 0000 is a phone number."],
        ["Η Ελλάδα και η Россия 🙂 stay readable.", "Bell\u0001 and tab\there \"quoted\", with; separators."],
        [LongSentence()],
    ];

    public static ArticleDataset Create()
    {
        var paragraphs = new List<Paragraph>();
        var text = "";
        foreach (var sentences in ParagraphSentences)
        {
            if (text.Length > 0) text += "\n\n";
            var ordinal = paragraphs.Count + 1;
            var start = text.Length;
            var built = new List<Sentence>();
            foreach (var sentence in sentences)
            {
                if (built.Count > 0) text += " ";
                built.Add(new Sentence($"P{ordinal}.S{built.Count + 1}", sentence, text.Length, text.Length + sentence.Length)
                {
                    IsClaim = sentence.Contains("220") || sentence.StartsWith("-5%"),
                    Score = sentence.Contains("220") ? 0.876549 : 0.1 / 3,
                });
                text += sentence;
            }
            paragraphs.Add(new Paragraph($"P{ordinal}", ordinal, ordinal > 2 ? "Details" : null,
                ordinal == 4 ? BlockKind.ListItem : BlockKind.Paragraph, text[start..], start, text.Length) { Sentences = built });
        }
        var claimSentence = paragraphs[1].Sentences[1];
        var number = claimSentence.Text.IndexOf("over 220", StringComparison.Ordinal);
        var mod = paragraphs[1].Sentences[1];
        return new ArticleDataset(Document(), text, paragraphs)
        {
            Claims =
            [
                new Claim("C1", claimSentence.Id, "P2", claimSentence.Text, claimSentence.Start, claimSentence.End)
                {
                    Types = [ClaimType.Statistic, ClaimType.Attribution], Score = 0.876549, SourceIds = ["S1"],
                    Evidence = [new Evidence("number", "over 220", claimSentence.Start + number, claimSentence.Start + number + 8)],
                },
                new Claim("C2", "P3.S1", "P3", paragraphs[2].Sentences[0].Text, paragraphs[2].Sentences[0].Start, paragraphs[2].Sentences[0].End)
                {
                    Types = [ClaimType.Statistic, ClaimType.Temporal], Score = 0.5, SourceIds = ["S1", "S2"],
                },
            ],
            Attributions =
            [
                new Attribution("A1", mod.Id, Span(text, mod.Start + 4, "UK Ministry of Defence"), Span(text, mod.Start + 27, "reported"),
                    Span(text, mod.Start + 36, mod.Text[36..])) { SourceId = "S1" },
            ],
            Sources =
            [
                new Source("S1", "UK Ministry of Defence", SourceKind.Government)
                { Mentions = 2, ClaimIds = ["C1", "C2"], Url = "https://www.gov.uk/government/organisations/ministry-of-defence" },
                new Source("S2", "@user", SourceKind.Platform) { Mentions = 1, ClaimIds = ["C2"] },
            ],
            Validation = [new ValidationIssue(Severity.Warning, "LongParagraph", "Paragraph has over 400 words", "Paragraphs[4]")],
        };
    }

    public static DocumentInfo Document() => new()
    {
        Id = "0123456789abcdef",
        Title = "=Tricky \u0001title — Ελληνικά",
        Authors = ["Ann Example", "+Bob"],
        Published = "2023-09-14",
        Url = "https://example.org/articles/tricky",
        Language = "en",
        SiteName = null,
        SourcePath = "samples/tricky.txt",
        Format = InputFormat.Text,
        Sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    };

    private static Span Span(string text, int start, string expected)
    {
        Assert.Equal(expected, text.Substring(start, expected.Length));
        return new Span(expected, start, start + expected.Length);
    }

    private static string LongSentence()
    {
        var words = string.Concat(Enumerable.Repeat("long words fill a cell ", LongParagraphLength / 23 + 1));
        return words[..(LongParagraphLength - 1)] + ".";
    }
}
