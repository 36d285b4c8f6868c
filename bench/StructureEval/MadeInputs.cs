using System.Text;
using DocReport.Model;
using DocReport.Pipeline;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocReport.Bench.StructureEval;

/// <summary>
/// Made-up inputs (bench/StructureEval/made, written for this bench, copied from no data set) with the structure each
/// should give: its title, then its paragraphs in order, each as a kind and the text it starts with. Text and Markdown
/// files are read as they are; the PDFs are drawn here with PdfPig's builder (Helvetica), as the tests draw theirs.
/// Each `NAME.expected` holds `title: TEXT` and one line a paragraph: `p:`, `li1:` (a list item and its depth), `quote:`,
/// `code:`, or `table: ROWSxCOLUMNS FIRSTCELL`; headings are no paragraphs. `--write DIR` also writes the PDFs to DIR so
/// the CLI can convert the folder (`docreport convert DIR -o OUT -f json`).
/// </summary>
internal static class MadeInputs
{
    public static int Run(string folder, string? writeTo)
    {
        using var pipeline = new PipelineBuilder().Build();
        var inputs = Directory.GetFiles(folder, "*.expected").Order().Select(e => e[..^".expected".Length]).ToList();
        int right = 0, paragraphsRight = 0, paragraphsExpected = 0;
        Console.WriteLine("| input | expected | got | |");
        Console.WriteLine("| --- | --- | --- | --- |");
        var details = new List<string>();
        foreach (var input in inputs)
        {
            var name = Path.GetFileName(input);
            var bytes = name.EndsWith(".pdf", StringComparison.Ordinal) ? Pdfs[name]() : File.ReadAllBytes(input);
            if (writeTo is not null && name.EndsWith(".pdf", StringComparison.Ordinal)) File.WriteAllBytes(Path.Combine(writeTo, name), bytes);
            var expected = File.ReadAllLines(input + ".expected").Where(l => l.Trim().Length > 0).ToList();
            var title = expected.First(l => l.StartsWith("title:", StringComparison.Ordinal))[6..].Trim();
            var want = expected.Where(l => !l.StartsWith("title:", StringComparison.Ordinal)).Select(Parse).ToList();
            var result = pipeline.Convert(new SourceFile(name, bytes));
            if (result.Dataset is not { } dataset) { Console.WriteLine($"| {name} | | {result.Error} | wrong |"); continue; }
            var got = dataset.Paragraphs.Select(p => new Expected(Kind(p), Squeeze(p.Text), TableShape(p))).ToList();
            var titleRight = Squeeze(dataset.Document.Title) == title;
            var matched = Matched(want, got);
            paragraphsExpected += want.Count;
            paragraphsRight += matched;
            var ok = titleRight && matched == want.Count && got.Count == want.Count;
            if (ok) right++;
            Console.WriteLine($"| {name} | {Summary(title, want)} | {(titleRight ? "title right" : $"title \"{dataset.Document.Title}\"")}; {Summary(null, got)} | {(ok ? "right" : "wrong")} |");
            if (ok) continue;
            details.Add($"{name}:");
            for (var i = 0; i < Math.Max(want.Count, got.Count); i++)
            {
                var w = i < want.Count ? want[i].Show() : "-";
                var g = i < got.Count ? got[i].Show() : "-";
                details.Add($"  {(i < want.Count && i < got.Count && want[i].Fits(got[i]) ? "  " : "≠ ")}{Cut(w)}  |  {Cut(g)}");
            }
        }
        Console.WriteLine($"inputs right: {right} of {inputs.Count}; expected paragraphs found in place: {paragraphsRight} of {paragraphsExpected}");
        foreach (var line in details) Console.WriteLine(line);
        return 0;
    }

    private sealed record Expected(string Kind, string Text, string Shape = "")
    {
        public bool Fits(Expected got) => got.Kind == Kind && got.Text.StartsWith(Text, StringComparison.Ordinal) && (Shape.Length == 0 || got.Shape == Shape);

        public string Show() => Kind == "table" ? $"table {Shape}: {Text}" : $"{Kind}: {Text}";
    }

    private static Expected Parse(string line)
    {
        var (kind, text) = (line[..line.IndexOf(':')], line[(line.IndexOf(':') + 1)..].Trim());
        if (kind != "table") return new(kind, Squeeze(text));
        var parts = text.Split(' ', 2);
        return new(kind, parts.Length > 1 ? parts[1] : "", parts[0]);
    }

    // Expected paragraphs found at their place: the longest run of them in order (a common subsequence).
    private static int Matched(List<Expected> want, List<Expected> got)
    {
        var best = new int[want.Count + 1, got.Count + 1];
        for (var i = 1; i <= want.Count; i++)
            for (var j = 1; j <= got.Count; j++)
                best[i, j] = want[i - 1].Fits(got[j - 1]) ? best[i - 1, j - 1] + 1 : Math.Max(best[i - 1, j], best[i, j - 1]);
        return best[want.Count, got.Count];
    }

    private static string Summary(string? title, List<Expected> paragraphs)
    {
        var parts = new List<string>();
        if (title is not null) parts.Add($"title \"{title}\"");
        parts.Add($"{paragraphs.Count(p => p.Kind == "p")} p");
        var items = paragraphs.Where(p => p.Kind.StartsWith("li", StringComparison.Ordinal)).ToList();
        if (items.Count > 0) parts.Add($"{items.Count} items" + (items.Any(i => i.Kind != "li1") ? $" (depths {string.Join("", items.Select(i => i.Kind[2..]))})" : ""));
        foreach (var table in paragraphs.Where(p => p.Kind == "table")) parts.Add($"table {table.Shape}");
        foreach (var kind in new[] { "quote", "code" }) if (paragraphs.Count(p => p.Kind == kind) is > 0 and var n) parts.Add($"{n} {kind}");
        return string.Join(", ", parts);
    }

    private static string Kind(Paragraph p) => p.Kind switch
    {
        BlockKind.ListItem => $"li{p.Level}",
        BlockKind.Table => "table",
        BlockKind.Quote => "quote",
        BlockKind.Code => "code",
        BlockKind.Heading => "heading",
        _ => "p",
    };

    private static string TableShape(Paragraph p) =>
        p.Kind == BlockKind.Table ? $"{p.Text.Split('\n').Length}x{p.Text.Split('\n').Max(r => r.Split('\t').Length)}" : "";

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Cut(string text) => text.Length > 90 ? text[..90] + "…" : text;

    // ---- the PDFs ----

    private static readonly Dictionary<string, Func<byte[]>> Pdfs = new()
    {
        ["p01-word-title.pdf"] = () => Pdf(p =>
        {
            p.Info("Microsoft Word - draft3.docx");
            p.Page().Text("Town hall to reopen after repairs", 18).Gap();
            p.Paragraph("The town hall will reopen to the public on the first of May after eighteen months of repairs to its roof and clock tower, the borough council said on Thursday.");
            p.Paragraph("The building closed when part of the ceiling in the main chamber fell during a storm. Nobody was hurt.");
            p.Paragraph("Weddings booked for the summer will go ahead in the restored chamber, a council spokesperson said.");
        }),
        ["p02-file-name-title.pdf"] = () => Pdf(p =>
        {
            p.Info("report_final_v2");
            p.Page().Text("Bridge closure extended to June", 18).Gap();
            p.Paragraph("The old road bridge over the river will stay closed until June while engineers replace corroded steel found during an inspection in the autumn, the highways agency said.");
            p.Paragraph("Drivers face a diversion of about six miles through the industrial estate. Buses will use the same route.");
            p.Paragraph("Shop owners near the bridge said trade had fallen by a third since it closed.");
        }),
        ["p03-header-one-page.pdf"] = () => Pdf(p =>
        {
            p.Info("untitled");
            p.Page().At("Westbridge Gazette - Local news", 72, 806, 10);
            p.Text("Market square plans go on show", 18).Gap();
            p.Paragraph("Plans to close the market square to traffic on Saturdays go on show in the library this week, and residents can leave comments until the end of the month, the district council said.");
            p.Paragraph("Traders said a car-free square would bring more shoppers, but some residents of the streets around it fear more traffic outside their homes.");
            p.Paragraph("The plans also move the taxi rank to the station road and add twelve benches and a water fountain near the war memorial.");
            p.Paragraph("A similar scheme in a neighbouring town was dropped after a year when the bus company said its services ran late.");
            p.Page();
            p.Paragraph("The council will decide in the summer whether to try the plan for six months.");
        }),
        ["p04-two-columns.pdf"] = () => Pdf(p =>
        {
            p.Page().At("Hospital car park charges to fall", 50, 770, 18);
            string[] paragraphs =
            [
                "Charges at the county hospital's car parks will fall from next month, the health trust said on Monday, after patients and visitors complained that they were paying more to park than they spent on a meal in the canteen.",
                "A stay of up to two hours will cost two pounds, down from three pounds fifty, and blue badge holders will continue to park free in the spaces near the main entrance. The trust said that the money raised from parking pays for the shuttle bus from the railway station, which carried more than forty thousand passengers last year, and that the bus would keep running on the same timetable through the winter.",
                "Staff will also pay less. A monthly permit will cost twenty pounds, and night shift workers will park free between eight in the evening and eight in the morning.",
                "Unions welcomed the change but said that the trust should build the second car park it promised four years ago.",
            ];
            // One line a entry, null between paragraphs; the first 12 entries fill the left column, the rest the right.
            var entries = paragraphs.SelectMany(t => Wrap(t, 46).Append(null)).ToList();
            var y = 730.0;
            for (var i = 0; i < entries.Count; i++)
            {
                if (i == 12) y = 730.0;
                if (entries[i] is { } line) { p.At(line, i < 12 ? 50 : 310, y, 10); y -= 13; }
                else y -= 8;
            }
        }),
        ["p05-table-and-date.pdf"] = () => Pdf(p =>
        {
            p.Page().Text("Recycling rates rise in every district", 18).Gap();
            p.Paragraph("Every district in the county recycled more of its household waste last year than the year before, according to figures published by the waste authority.");
            p.Gap();
            string[][] rows =
            [
                ["District", "Last year", "This year"],
                ["Ashby", "41%", "46%"],
                ["Brookfield", "38%", "40%"],
                ["Colton", "45%", "51%"],
                ["Dunmere", "36%", "39%"],
            ];
            p.Rows(rows, [72, 250, 380], 16);
            p.Gap();
            p.Text("The authority said food waste collections, which began in most districts in the spring, made the largest difference.");
            p.Text("Councillors will meet again on 14 April to");
            p.Text("agree targets for the next two years.");
            p.Gap();
            p.Paragraph("Colton, which has the highest rate, collects garden waste free of charge.");
        }),
        ["p06-three-columns.pdf"] = () => Pdf(p =>
        {
            p.Page().At("Ferry crossings to double next summer", 50, 780, 20);
            Flow(p, 3, 740, 10,
            [
                "The island ferry will sail twice as often next summer after the harbour board agreed to lease a second boat from a company on the mainland, the board said on Wednesday.",
                "Boats will leave the harbour every forty minutes between seven in the morning and nine at night, and the last crossing on Fridays and Saturdays will move an hour later, so that visitors can stay for the evening.",
                "Islanders have asked for more crossings for years. In August the queue of cars at the slipway often stretched past the post office, and some drivers waited three hours for a place on the boat.",
                "The board said fares would stay the same for residents but rise by a pound for visitors, which would pay for the lease and for two more crew members on each boat.",
                "A new waiting room with a cafe will open beside the slipway in the spring, built on the site of the old fish market.",
            ]);
        }),
        ["p07-four-columns.pdf"] = () => Pdf(p =>
        {
            p.Page().At("Parish newsletter: the spring fair", 40, 790, 18);
            Flow(p, 4, 750, 9,
            [
                "The spring fair returns to the village green on the last Saturday of April, with stalls, a dog show and the tug of war between the two football teams.",
                "Stallholders can book a pitch at the village hall on Tuesday and Thursday mornings. A pitch costs five pounds, and the money goes to the new roof for the scout hut.",
                "Volunteers are needed to put up the marquee on the Friday evening and to take it down again on the Sunday morning, when the field must be clear for the cricket club.",
                "The dog show has six classes this year, among them the dog the judge would most like to take home, which drew more entries than any other class last year.",
                "Parking will be in the school field, and the lane past the church will be closed to cars for the day so that children can walk safely between the green and the field.",
                "The fair committee thanks the farm shop, which has given the prizes for the raffle, and asks anyone with tables or chairs to lend to call at the hall.",
            ]);
        }),
        ["p08-mixed-page.pdf"] = () => Pdf(p =>
        {
            p.Page().At("Library reopens with longer hours", 50, 790, 20);
            var y = 760.0;
            foreach (var line in Wrap("The central library reopened on Monday after a year of building work, with a new children's floor, a cafe and opening hours that run later into the evening on four days a week.", 88))
            {
                p.At(line, 50, y, 11);
                y -= 14;
            }
            var bottom = Flow(p, 3, y - 12, 10,
            [
                "Readers queued outside the doors before the library opened at nine, and the first book borrowed was a guide to the birds of the county, the head librarian said.",
                "The building work cost four million pounds, most of it from a national fund for libraries. The old heating was replaced, and the roof now holds solar panels that supply a third of the power the building uses.",
                "The children's floor has a reading room shaped like a boat, and story sessions will run on Saturday mornings and after school on Wednesdays.",
                "The council said it had no plans to close any of the smaller branch libraries in the villages, which had stayed open while the central library was shut.",
            ]);
            foreach (var line in Wrap("A correction: an earlier version of this article said the library would open on Sundays. It will open on Sundays from the autumn.", 80))
            {
                p.At(line, 50, bottom - 20, 10);
                bottom -= 13;
            }
        }),
        ["p09-table-little-prose.pdf"] = () => Pdf(p =>
        {
            p.Page().Text("Swimming pool prices from April", 18).Gap();
            p.Text("The leisure centre has published its new prices.").Gap();
            string[][] rows =
            [
                ["Ticket", "Adult", "Child"],
                ["Single swim", "4.50", "2.80"],
                ["Ten swims", "40.00", "25.00"],
                ["Month pass", "32.00", "20.00"],
                ["Family swim", "12.00", "12.00"],
                ["Lessons", "7.50", "6.00"],
            ];
            p.Rows(rows, [72, 250, 380], 16);
        }),
        // Columns 1.5 em apart, as groff's tbl sets them: the header row's headings are their columns' widest entries,
        // so no gap in it reaches the 2 em between cells; the rows under it are set left in the same columns.
        ["p10-close-columns-table.pdf"] = () => Pdf(p =>
        {
            p.Page().Text("Ferry passengers by route", 18).Gap();
            p.Paragraph("Passenger numbers rose on every route last year, the harbour board said on Tuesday.");
            string[][] rows =
            [
                ["Route", "Last year", "This year"],
                ["Northport", "41,200", "46,900"],
                ["Southbay", "38,100", "40,300"],
                ["Eastholm", "12,500", "15,800"],
                ["Westby", "9,900", "10,400"],
            ];
            // Helvetica at 11 pt: "Northport" ends near 118 and "Last year" near 183, 20 and 17 points (1.8 and 1.5 em)
            // before the next column.
            p.Rows(rows, [72, 138, 200], 14);
            p.Gap();
            p.Paragraph("The board expects the numbers to rise again when the new timetable starts in the spring.");
        }),
        // A narrow column whose second line is broken after a hyphen: the reader joins it to the third, and the first
        // line, as long as the others, must not look short beside that joined line and be taken for a heading.
        ["p11-hyphen-first-line.pdf"] = () => Pdf(p =>
        {
            p.Page().Text("Pier repairs to finish before summer", 18).Gap();
            string[] lines =
            [
                "In an interview with the Courier", "Post in late May, the harbour mas-", "ter said that the north pier would",
                "reopen before the summer crossings", "began, whatever the weather did.", "",
                "The work has cost the board more", "than it planned, because the old", "timber piles were found rotten.",
            ];
            foreach (var line in lines)
            {
                if (line.Length == 0) p.Gap();
                else p.Text(line, 10);
            }
        }),
    };

    /// <summary>
    /// Paragraphs set in <paramref name="count"/> columns across the page from <paramref name="top"/> down, the lines
    /// shared out evenly, a paragraph running on from the foot of one column to the head of the next; the lowest baseline used.
    /// </summary>
    private static double Flow(PdfDrawing p, int count, double top, double size, string[] paragraphs)
    {
        const double left = 50, right = 545, gutter = 14;
        var columnWidth = (right - left - gutter * (count - 1)) / count;
        var chars = (int)(columnWidth / (size * 0.5));
        var entries = paragraphs.SelectMany(t => Wrap(t, chars).Append(null)).SkipLast(1).ToList();
        var perColumn = (int)Math.Ceiling(entries.Count / (double)count);
        var (y, lowest, column, inColumn) = (top, top, 0, 0);
        foreach (var entry in entries)
        {
            if (inColumn == perColumn) (y, column, inColumn) = (top, column + 1, 0);
            if (entry is null && inColumn == 0) continue;
            inColumn++;
            if (entry is { } line) { p.At(line, left + column * (columnWidth + gutter), y, size); y -= size * 1.3; }
            else y -= size * 0.8;
            lowest = Math.Min(lowest, y);
        }
        return lowest;
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line.ToString()); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private static byte[] Pdf(Action<PdfDrawing> draw)
    {
        var drawing = new PdfDrawing();
        draw(drawing);
        return drawing.Builder.Build();
    }

    private sealed class PdfDrawing
    {
        public readonly PdfDocumentBuilder Builder = new();
        private readonly PdfDocumentBuilder.AddedFont font;
        private PdfPageBuilder? page;
        public double Y;

        public PdfDrawing() => font = Builder.AddStandard14Font(Standard14Font.Helvetica);

        public PdfDrawing Info(string title)
        {
            Builder.DocumentInformation.Title = title;
            return this;
        }

        public PdfDrawing Page()
        {
            page = Builder.AddPage(PageSize.A4);
            Y = 760;
            return this;
        }

        public PdfDrawing At(string text, double x, double baseline, double size = 11)
        {
            page!.AddText(text, size, new PdfPoint(x, baseline), font);
            return this;
        }

        /// <summary>A table's rows in 11 pt, each cell at its column's left edge, <paramref name="pitch"/> points apart.</summary>
        public PdfDrawing Rows(string[][] rows, double[] columns, double pitch)
        {
            foreach (var row in rows)
            {
                for (var c = 0; c < row.Length; c++) At(row[c], columns[c], Y, 11);
                Y -= pitch;
            }
            return this;
        }

        /// <summary>One line under the last, at the body's pitch.</summary>
        public PdfDrawing Text(string text, double size = 11)
        {
            At(text, 72, Y, size);
            Y -= size * 1.3;
            return this;
        }

        /// <summary>A paragraph wrapped at 80 characters, and a gap after it.</summary>
        public PdfDrawing Paragraph(string text)
        {
            foreach (var line in Wrap(text, 80)) Text(line);
            return Gap();
        }

        public PdfDrawing Gap()
        {
            Y -= 9;
            return this;
        }
    }
}
