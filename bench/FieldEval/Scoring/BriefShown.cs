using System.Globalization;
using System.Text.RegularExpressions;
using DocReport.Bench.FieldEval.Gold;
using DocReport.Bench.FieldEval.Matching;
using DocReport.Model;
using DocReport.Output.Brief;

namespace DocReport.Bench.FieldEval.Scoring;

/// <summary>
/// <c>--brief FILE</c> (round 32): what the default brief lists (key findings, then key claims; <see cref="BriefClaims"/>)
/// against the gold: how many listed claims are check-worthy, how many no gold sentence matches (a headline, caption or other
/// furniture), questions, list items and table cells, and near-duplicates listed twice; and a row per claim written to FILE.
/// </summary>
internal sealed partial record BriefShown(
    int Articles, int Claims, int ClaimsJudged, int ClaimsYes, int Shown, int ShownJudged, int ShownYes, int ShownUnjudged,
    int ShownQuestions, int ShownListItems, int ShownDuplicates, int ShownWithNumber, int ShownWithSource,
    int CutArticles, int CutShownJudged, int CutShownYes, int CutJudged, int CutYes)
{
    public static readonly BriefShown Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    // Two listed claims share at least this share of the shorter one's words: one is read twice.
    private const double DuplicateShare = 0.7;

    public static readonly string RowHeader = string.Join('\t', "set", "article", "claim", "sentence", "kind", "paragraph", "types", "score", "shown", "gold", "sources", "duplicateOf", "text");

    public static BriefShown Of(string set, GoldArticle gold, ArticleDataset dataset, BriefTemplate template, TextWriter? rows)
    {
        var sentences = dataset.Paragraphs.SelectMany(p => p.Sentences).ToList();
        var matches = SentenceMatcher.Match(gold.Sentences.Select(s => s.Anchor).ToList(), sentences.Select(s => s.Text).ToList());
        var goldOf = new Dictionary<string, bool>();
        for (var i = 0; i < matches.Length; i++)
            if (matches[i] >= 0) goldOf[sentences[matches[i]].Id] = gold.Sentences[i].Claim;
        var kinds = dataset.Paragraphs.ToDictionary(p => p.Id, p => p.Kind);
        var choice = new BriefClaims(dataset);
        var shown = choice.Shown(template);
        var findingIds = choice.Shown(template with { Sections = template.Sections.Where(s => s.Type == "keyFindings").ToList() }).Select(c => c.Id).ToHashSet();
        var duplicateOf = new Dictionary<string, string>();
        for (var i = 0; i < shown.Count; i++)
            for (var j = 0; j < i; j++)
                if (!duplicateOf.ContainsKey(shown[i].Id) && AreNearDuplicates(shown[i].Text, shown[j].Text)) duplicateOf[shown[i].Id] = shown[j].Id;
        var shownIds = shown.Select(c => c.Id).ToHashSet();
        if (rows is not null)
            foreach (var c in dataset.Claims)
                rows.WriteLine(string.Join('\t', set, gold.Id, c.Id, c.SentenceId, kinds[c.ParagraphId], c.ParagraphId,
                    string.Join(',', c.Types.Select(t => t.ToString().ToLowerInvariant())), c.Score.ToString("0.0000", CultureInfo.InvariantCulture),
                    findingIds.Contains(c.Id) ? "finding" : shownIds.Contains(c.Id) ? "key" : "-",
                    goldOf.TryGetValue(c.SentenceId, out var y) ? (y ? "Y" : "N") : "-", c.SourceIds.Count,
                    duplicateOf.GetValueOrDefault(c.Id, "-"), c.Text.Replace('\t', ' ').Replace('\n', ' ')));
        var judged = dataset.Claims.Where(c => goldOf.ContainsKey(c.SentenceId)).ToList();
        var shownJudged = shown.Where(c => goldOf.ContainsKey(c.SentenceId)).ToList();
        var cut = shown.Count < dataset.Claims.Count;
        int Yes(IEnumerable<Claim> claims) => claims.Count(c => goldOf[c.SentenceId]);
        return new(1, dataset.Claims.Count, judged.Count, Yes(judged), shown.Count, shownJudged.Count, Yes(shownJudged), shown.Count - shownJudged.Count,
            shown.Count(c => c.Text.TrimEnd().TrimEnd('"', '”', '’', '\'').EndsWith('?')),
            shown.Count(c => kinds[c.ParagraphId] is BlockKind.ListItem or BlockKind.TableCell or BlockKind.Table),
            duplicateOf.Count, shown.Count(c => c.Types.Contains(ClaimType.Statistic)), shown.Count(c => c.SourceIds.Count > 0),
            cut ? 1 : 0, cut ? shownJudged.Count : 0, cut ? Yes(shownJudged) : 0, cut ? judged.Count : 0, cut ? Yes(judged) : 0);
    }

    public void Print()
    {
        Console.WriteLine($"brief (default template: key findings, then key claims) over {Articles} articles");
        Console.WriteLine($"  claims flagged               {Claims}, judged {ClaimsJudged}, check-worthy {new Ratio(ClaimsYes, ClaimsJudged)}");
        Console.WriteLine($"  claims the brief lists       {Shown}, judged {ShownJudged}, check-worthy {new Ratio(ShownYes, ShownJudged)}");
        Console.WriteLine($"  listed, on no gold sentence  {new Ratio(ShownUnjudged, Shown)} (headline, caption, furniture, a sentence cut in two)");
        Console.WriteLine($"  listed questions             {ShownQuestions}; list items and table cells {ShownListItems}; near-duplicates of a claim listed above {ShownDuplicates}");
        Console.WriteLine($"  listed with a statistic      {new Ratio(ShownWithNumber, Shown)}; with a source {new Ratio(ShownWithSource, Shown)}");
        Console.WriteLine($"  articles whose brief leaves claims out: {CutArticles}; there, listed check-worthy {new Ratio(CutShownYes, CutShownJudged)} against all claims {new Ratio(CutYes, CutJudged)}");
    }

    /// <summary>The bench's own reading of a statement read twice, looser than the brief's (<see cref="NearDuplicate"/>): most (70%) of the
    /// shorter's words in the longer, whatever the figures, so it also counts what the brief's test lets through.</summary>
    public static bool AreNearDuplicates(string a, string b)
    {
        var (wa, wb) = (Words(a), Words(b));
        var (shorter, longer) = wa.Count <= wb.Count ? (wa, wb) : (wb, wa);
        return shorter.Count >= 6 && shorter.Count(longer.Contains) >= DuplicateShare * shorter.Count;
    }

    private static HashSet<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 2 || w.Any(char.IsDigit)).ToHashSet();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public static BriefShown operator +(BriefShown a, BriefShown b) => new(
        a.Articles + b.Articles, a.Claims + b.Claims, a.ClaimsJudged + b.ClaimsJudged, a.ClaimsYes + b.ClaimsYes, a.Shown + b.Shown, a.ShownJudged + b.ShownJudged,
        a.ShownYes + b.ShownYes, a.ShownUnjudged + b.ShownUnjudged, a.ShownQuestions + b.ShownQuestions, a.ShownListItems + b.ShownListItems,
        a.ShownDuplicates + b.ShownDuplicates, a.ShownWithNumber + b.ShownWithNumber, a.ShownWithSource + b.ShownWithSource,
        a.CutArticles + b.CutArticles, a.CutShownJudged + b.CutShownJudged, a.CutShownYes + b.CutShownYes, a.CutJudged + b.CutJudged, a.CutYes + b.CutYes);
}
