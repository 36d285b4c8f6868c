using System.Globalization;
using DocReport.Reading;
using DocReport.Reading.Html;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// `--date-ablate`: what the date chain gives when a page lacks the source it was dated by. Unseen sites more often lack the
/// structured metadata the dev pages have, so for every dev page with an annotated date the chooser's source is left out
/// (with the sources of its family: JSON-LD, meta tags, marked elements, date boxes, the address, short date lines) and the
/// rest of the chain scored; then the next source chosen is left out too; then JSON-LD and meta tags; then those and the
/// scripts' own data (every machine-readable source); then those and the marked elements (what the text alone shows). Each level counts right, wrong and absent
/// apart (a wrong date is worse than none), on every dev row and on the pages that carry their date, and lists the dev
/// pages it gets wrong or leaves undated (with `--pages dev-a|dev-b` or `--fold a|b`, that half's or fold's alone).
/// With `--hash-classes` every page is read with its class and id names hashed: the date boxes found by their names are gone,
/// and the deepest level is the page's text and structure alone, as on a site whose markup the reader's word lists miss.
/// </summary>
internal static class DateAblation
{
    // The source kinds that read the same evidence: leaving one out and not the others would let its twin give the same day.
    private static readonly Dictionary<string, string[]> Families = new()
    {
        ["JSON-LD"] = ["json-ld", "json-ld in a script", "json-ld upload date"],
        ["meta tags"] = ["meta", "generic meta", "modified meta", "description"],
        ["script data"] = ["script data"],
        ["marked elements"] = ["marked element", "marked update", "site header or footer marked"],
        ["date boxes"] = ["date element", "site header or footer date element"],
        ["address"] = ["url"],
        ["short texts"] = ["short text", "site header or footer short text", "publication line", "shown update"],
        ["dateline"] = ["opening dateline"],
        ["title"] = ["title"],
    };

    private static readonly string[] Levels =
        ["all sources", "chosen left out", "two chosen left out", "no JSON-LD or meta tags", "no JSON-LD, meta tags or script data",
            "no JSON-LD, meta tags, script data or marked elements"];

    private sealed record Outcome(EvalPage Page, int Level, string? Given, string? ChosenKind, bool Carried)
    {
        public string Result => Given is null ? "absent" : Given.StartsWith(Page.Date!, StringComparison.Ordinal) ? "right" : "wrong";
    }

    public static void Print(IEnumerable<EvalPage> pages, string? listedHalf, string? listedFold, bool hashClasses)
    {
        var outcomes = new List<Outcome>();
        foreach (var page in pages.Where(p => p.IsDev && p.Date is not null))
        {
            var bytes = File.ReadAllBytes(page.Path);
            if (TextDecoder.Decode(hashClasses ? HashedClasses.Of(bytes) : bytes) is not { } html) continue;
            var (document, jsonLdDate) = HtmlReader.DatedPage(html);
            var carried = DateCarried.In(page.Path, page.Url, page.Date!);
            var leftOut = new HashSet<string>();
            for (var level = 0; level < Levels.Length; level++)
            {
                if (level == 3) leftOut = [.. Families["JSON-LD"], .. Families["meta tags"]];
                if (level == 4) leftOut.UnionWith(Families["script data"]);
                if (level == 5) leftOut.UnionWith(Families["marked elements"]);
                var chosen = PublishedDate.BySource(document, jsonLdDate, leftOut).FirstOrDefault(s => s.Date is not null).Kind;
                outcomes.Add(new Outcome(page, level, PublishedDate.Find(document, jsonLdDate, leftOut), chosen, carried));
                // the next level leaves out the family of the source this one chose
                if (level < 2 && chosen is not null) leftOut.UnionWith(Families.Values.First(f => f.Contains(chosen)));
            }
        }
        Console.WriteLine("level                                                  row     pages  right  wrong  absent   where carried: right  wrong  absent");
        for (var level = 0; level < Levels.Length; level++)
            foreach (var row in new[] { "dev", "dev-a", "dev-b", "fold-a", "fold-b" })
            {
                var of = outcomes.Where(o => o.Level == level && (row == "dev" || o.Page.Half == row || o.Page.Fold == row)).ToList();
                var carried = of.Where(o => o.Carried).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Levels[level],-54} {row,-6} {of.Count,6}  {Count(of, "right"),5}  {Count(of, "wrong"),5}  {Count(of, "absent"),6}   {"",14}{Count(carried, "right"),5}  {Count(carried, "wrong"),5}  {Count(carried, "absent"),6}"));
            }
        Console.WriteLine("wrong dates by the source that gave them, per level (dev):");
        for (var level = 0; level < Levels.Length; level++)
            Console.WriteLine($"  {Levels[level]}: " + string.Join(", ", outcomes.Where(o => o.Level == level && o.Result == "wrong")
                .GroupBy(o => o.ChosenKind).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var o in outcomes.Where(o => o.Level > 0 && o.Result != "right" && (listedHalf is null || o.Page.Half == listedHalf) && (listedFold is null || o.Page.Fold == listedFold)))
            Console.WriteLine($"{Levels[o.Level]}\t{o.Result}\t{Path.GetFileName(o.Page.Path)}\tgold {o.Page.Date}\tgiven {o.Given ?? "(none)"}\tfrom {o.ChosenKind ?? "-"}{(o.Carried ? "" : "\t(not in the page)")}");
    }

    private static int Count(IEnumerable<Outcome> outcomes, string result) => outcomes.Count(o => o.Result == result);
}
