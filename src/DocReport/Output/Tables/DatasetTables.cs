using DocReport.Model;

namespace DocReport.Output.Tables;

/// <summary>
/// The tables of a dataset, shared by the CSV files and the workbook so both show the same columns. Each table's rows are
/// made as they are read (<see cref="DatasetTable.EachRow"/>), or kept whole when asked for as <see cref="DatasetTable.Rows"/>.
/// </summary>
internal static class DatasetTables
{
    private static readonly TableColumn Id = new("id");
    private static readonly TableColumn Text = new("text", ColumnKind.LongText);
    private static readonly TableColumn Start = new("start", ColumnKind.Number);
    private static readonly TableColumn End = new("end", ColumnKind.Number);
    private static readonly TableColumn Score = new("score", ColumnKind.Score);

    public static DatasetTable Paragraphs(ArticleDataset d)
    {
        var claims = d.Claims.CountBy(c => c.ParagraphId).ToDictionary();
        return new("Paragraphs",
            [Id, new("ordinal", ColumnKind.Number), new("section"), new("kind"), Text, Start, End,
             new("sentenceCount", ColumnKind.Number), new("claimCount", ColumnKind.Number), new("level", ColumnKind.Number)],
            d.Paragraphs.Select(p => Row(p.Id, p.Ordinal, p.Section, DatasetText.Of(p.Kind), p.Text, p.Start, p.End,
                p.Sentences.Count, claims.GetValueOrDefault(p.Id), p.Level)));
    }

    public static DatasetTable Sentences(ArticleDataset d) => new("Sentences",
        [Id, new("paragraphId"), Text, Start, End, new("isClaim") { Type = CellType.Bool }, Score],
        d.Paragraphs.SelectMany(p => p.Sentences.Select(s => Row(s.Id, p.Id, s.Text, s.Start, s.End, s.IsClaim, DatasetText.Score(s.Score)))));

    public static DatasetTable Claims(ArticleDataset d)
    {
        var names = d.Sources.ToDictionary(s => s.Id, s => s.Name);
        return new("Claims",
            [Id, new("paragraphId"), new("sentenceId"), Text, new("types"), Score,
             new("sourceNames", ColumnKind.LongText), new("sourceIds"), new("evidence", ColumnKind.LongText), Start, End],
            d.Claims.Select(c => Row(c.Id, c.ParagraphId, c.SentenceId, c.Text, DatasetText.Join(c.Types.Select(DatasetText.Of)),
                DatasetText.Score(c.Score), DatasetText.Join(c.SourceIds.Select(id => names.GetValueOrDefault(id, id))),
                DatasetText.Join(c.SourceIds), DatasetText.Join(c.Evidence.Select(DatasetText.Evidence)), c.Start, c.End)));
    }

    /// <summary>Who said what: each attribution with its paragraph and its source's name, so a reader needs no lookup in Sources.</summary>
    public static DatasetTable Attributions(ArticleDataset d)
    {
        var paragraphOf = d.Paragraphs.SelectMany(p => p.Sentences.Select(s => (s.Id, p.Id))).ToDictionary();
        var names = d.Sources.ToDictionary(s => s.Id, s => s.Name);
        return new("Attributions",
            [Id, new("paragraphId"), new("sentenceId"), new("sourceId"), new("sourceName"), new("kind"),
             new("sourceText"), new("sourceStart", ColumnKind.Number), new("sourceEnd", ColumnKind.Number),
             new("cueText"), new("cueStart", ColumnKind.Number), new("cueEnd", ColumnKind.Number),
             new("contentText", ColumnKind.LongText), new("contentStart", ColumnKind.Number), new("contentEnd", ColumnKind.Number)],
            d.Attributions.Select(a => Row(a.Id, paragraphOf.GetValueOrDefault(a.SentenceId), a.SentenceId, a.SourceId,
                a.SourceId is null ? null : names.GetValueOrDefault(a.SourceId), DatasetText.Of(a.Kind), a.Source.Text, a.Source.Start, a.Source.End,
                a.Cue.Text, a.Cue.Start, a.Cue.End, a.Content.Text, a.Content.Start, a.Content.End)));
    }

    public static DatasetTable Sources(ArticleDataset d) => new("Sources",
        [Id, new("name"), new("kind"), new("mentions", ColumnKind.Number),
         new("claimCount", ColumnKind.Number), new("claimIds", ColumnKind.LongText), new("url", ColumnKind.Url)],
        d.Sources.Select(s => Row(s.Id, s.Name, DatasetText.Of(s.Kind), s.Mentions, s.ClaimIds.Count, DatasetText.Join(s.ClaimIds), s.Url)));

    public static DatasetTable Validation(IEnumerable<ValidationIssue> issues) => new("Validation",
        [new("severity"), new("code"), new("message", ColumnKind.LongText), new("location")],
        issues.Select(v => Row(DatasetText.Of(v.Severity), v.Code, v.Message, v.Location)));

    private static object?[] Row(params object?[] cells) => cells;
}
