using System.Globalization;
using DocReport.Reading;
using DocReport.Reading.Html;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// `--date-sources`: for every dev page with an annotated date, each date source's day (JSON-LD, meta tags, marked elements,
/// date elements, the address, short date lines, the title ...) against the annotation, as a table by source kind: how often a
/// source gives a date, how often that day is right, how often it is the one asked first (chosen) and right, and how often,
/// chosen and wrong, a later source held the right day; then each dev page whose sources disagree. Dev pages only; the detail
/// file also holds the dev pages without an annotated date (empty annotation), to judge dates given where the page may have none.
/// </summary>
internal static class DateSources
{
    private sealed class Row
    {
        public int Gives, Right, Chosen, ChosenRight, ChosenWrongLaterRight, RightAfterWrongChoice;
    }

    public static void Print(IEnumerable<EvalPage> pages, string? detailFile = null)
    {
        var details = new List<string>();
        var rows = new Dictionary<string, Row>();
        var order = new List<string>();
        var disagreements = new List<string>();
        foreach (var page in pages.Where(p => p.IsDev))
        {
            var html = TextDecoder.Decode(File.ReadAllBytes(page.Path));
            if (html is null) continue;
            var sources = HtmlReader.DateSources(html);
            if (page.Date is null)
            {
                if (detailFile is not null) details.Add(DetailRow(page, html, sources));
                continue;
            }
            var chosen = sources.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Date is not null);
            var chosenRight = chosen.s.Date is { } c && Day(c) == page.Date;
            for (var i = 0; i < sources.Count; i++)
            {
                var (kind, date) = sources[i];
                if (!rows.TryGetValue(kind, out var row)) { rows[kind] = row = new Row(); order.Add(kind); }
                if (date is null) continue;
                var right = Day(date) == page.Date;
                row.Gives++;
                if (right) row.Right++;
                if (i == chosen.i)
                {
                    row.Chosen++;
                    if (right) row.ChosenRight++;
                    else if (sources.Skip(i + 1).Any(s => s.Date is not null && Day(s.Date) == page.Date)) row.ChosenWrongLaterRight++;
                }
                else if (i > chosen.i && !chosenRight && right) row.RightAfterWrongChoice++;
            }
            if (detailFile is not null)
                details.Add(DetailRow(page, html, sources));
            var days = sources.Where(s => s.Date is not null).Select(s => Day(s.Date!)).Distinct().Count();
            if (days > 1)
                disagreements.Add($"{Path.GetFileName(page.Path)}\tgold {page.Date}\t{(chosenRight ? "right" : "WRONG")}\t"
                    + string.Join(" | ", sources.Where(s => s.Date is not null).Select(s => $"{s.Kind}: {Day(s.Date!)}")));
        }
        Console.WriteLine("source kind                  gives  right  share   chosen  chosen right  chosen wrong, a later source right  right where an earlier choice was wrong");
        foreach (var kind in order)
        {
            var r = rows[kind];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-28} {r.Gives,5}  {r.Right,5}  {(r.Gives == 0 ? 0 : 100.0 * r.Right / r.Gives),5:0.0}%  {r.Chosen,6}  {r.ChosenRight,12}  {r.ChosenWrongLaterRight,35}  {r.RightAfterWrongChoice,39}"));
        }
        Console.WriteLine($"dev pages whose sources give more than one day: {disagreements.Count}");
        foreach (var line in disagreements) Console.WriteLine(line);
        if (detailFile is not null) File.WriteAllLines(detailFile, details);
    }

    private static string DetailRow(EvalPage page, string html, IReadOnlyList<(string Kind, string? Date)> sources) =>
        $"{Path.GetFileName(page.Path)}\t{page.Half}\t{page.Date}\t{HtmlReader.PublishedDateOf(html)}\t"
        + string.Join("\t", sources.Select(s => $"{s.Kind}={s.Date}"));

    private static string Day(string date) => date.Length >= 10 ? date[..10] : date;
}
