using System.Text;
using DocReport.Model;

namespace DocReport.Tests.Validation;

/// <summary>Datasets written for the validation tests, laid out the way the Structure stage lays them out.</summary>
internal static class DatasetFixture
{
    public static readonly string[][] Body =
    [
        ["The city council approved a new budget on Monday after a long debate.",
         "The mayor said spending on schools would rise by 12 per cent next year."],
        ["Opposition members argued that the plan relied on optimistic forecasts of tax income.",
         "They pointed to two earlier budgets that had ended the year with large gaps.",
         "Business groups welcomed the promise of faster permits for new shops in the centre."],
        ["The budget now goes to the regional authority, which has six weeks to approve it.",
         "Council officers expect a decision before the summer holidays begin in July."],
    ];

    /// <summary>A dataset with the given title and paragraphs (each a list of sentences), and no claims.</summary>
    public static ArticleDataset Laid(string title, params string[][] paragraphs)
    {
        var text = new StringBuilder();
        var laid = new List<Paragraph>();
        foreach (var sentences in paragraphs)
        {
            if (text.Length > 0) text.Append("\n\n");
            var start = text.Length;
            var id = $"P{laid.Count + 1}";
            var laidSentences = new List<Sentence>();
            foreach (var sentence in sentences)
            {
                if (text.Length > start) text.Append(' ');
                laidSentences.Add(new Sentence($"{id}.S{laidSentences.Count + 1}", sentence, text.Length, text.Length + sentence.Length));
                text.Append(sentence);
            }
            laid.Add(new Paragraph(id, laid.Count + 1, null, BlockKind.Paragraph, text.ToString(start, text.Length - start), start, text.Length)
            {
                Sentences = laidSentences,
            });
        }
        var document = new DocumentInfo
        {
            Id = "0123456789abcdef", Title = title, SourcePath = "budget.txt", Format = InputFormat.Text,
            Sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        };
        return new ArticleDataset(document, text.ToString(), laid);
    }

    /// <summary>A dataset that breaks no rule: the body, one claim, its attribution and its source.</summary>
    public static ArticleDataset Valid()
    {
        var dataset = Laid("Council Approves New Budget", Body);
        var claimed = dataset.Paragraphs[0].Sentences[1];
        var twelve = SpanOf(dataset, "evidence", "12 per cent");
        return dataset with
        {
            Claims =
            [
                new Claim("C1", claimed.Id, "P1", claimed.Text, claimed.Start, claimed.End)
                {
                    Types = [ClaimType.Statistic, ClaimType.Attribution], Score = 0.8, SourceIds = ["S1"],
                    Evidence = [new Evidence("percent", twelve.Text, twelve.Start, twelve.End)],
                },
            ],
            Attributions =
            [
                new Attribution("A1", claimed.Id, SpanOf(dataset, "source", "The mayor"), SpanOf(dataset, "cue", "said"),
                    SpanOf(dataset, "content", "spending on schools would rise by 12 per cent next year")) { SourceId = "S1" },
            ],
            Sources = [new Source("S1", "The mayor", SourceKind.Person) { Mentions = 1, ClaimIds = ["C1"] }],
        };
    }

    /// <summary>The span of the first occurrence of <paramref name="text"/> in the dataset's text.</summary>
    public static Span SpanOf(ArticleDataset dataset, string what, string text)
    {
        var start = dataset.Text.IndexOf(text, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"The fixture has no {what} \"{text}\".");
        return new Span(text, start, start + text.Length);
    }
}
