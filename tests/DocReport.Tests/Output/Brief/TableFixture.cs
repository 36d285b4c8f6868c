using DocReport.Model;

namespace DocReport.Tests.Output.Brief;

/// <summary>The brief fixture with a table paragraph appended: one row a line, cells split by tabs, each row a sentence.</summary>
internal static class TableFixture
{
    /// <summary>Adds a table of <paramref name="rows"/>; rows whose index is in <paramref name="claimRows"/> become claims.</summary>
    public static ArticleDataset With(IReadOnlyList<string[]> rows, params int[] claimRows)
    {
        var dataset = BriefFixture.Create(2);
        var id = $"P{dataset.Paragraphs.Count + 1}";
        var start = dataset.Text.Length;
        var tableText = string.Join("\n", rows.Select(r => string.Join("\t", r)));
        var sentences = new List<Sentence>();
        var claims = dataset.Claims.ToList();
        var at = start;
        for (var r = 0; r < rows.Count; r++)
        {
            var rowText = string.Join("\t", rows[r]);
            var sentence = new Sentence($"{id}.S{r + 1}", rowText, at, at + rowText.Length) { IsClaim = claimRows.Contains(r), Score = 0.8 };
            sentences.Add(sentence);
            if (sentence.IsClaim)
                claims.Add(new Claim($"C{claims.Count + 1}", sentence.Id, id, rowText, sentence.Start, sentence.End) { Types = [ClaimType.Statistic], Score = 0.8 });
            at += rowText.Length + 1;
        }
        var table = new Paragraph(id, dataset.Paragraphs.Count + 1, null, BlockKind.Table, tableText, start, start + tableText.Length) { Sentences = sentences };
        return dataset with { Text = dataset.Text + tableText, Paragraphs = [.. dataset.Paragraphs, table], Claims = claims };
    }
}
