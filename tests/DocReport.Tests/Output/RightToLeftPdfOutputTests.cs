using System.Text.Json;
using DocReport.Pipeline;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DocReport.Tests.Output;

/// <summary>
/// A PDF of Hebrew or Arabic whose writer drew each line's glyphs from left to right, as they appear (LibreOffice does):
/// dataset.json, read back, holds the title and paragraphs in reading order, not every line backwards.
/// </summary>
public sealed class RightToLeftPdfOutputTests
{
    private const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    // Made-up lines, each given in reading order; the fixture draws them as a right-to-left writer does.
    private static readonly string[] Hebrew =
    [
        "העירייה פותחת גן חדש",
        "העירייה הודיעה ביום שלישי כי הגן ייפתח בחודש מאי.",
        "לדברי המהנדסת, העבודות עלו כעשרה מיליון שקלים.",
    ];

    private static readonly string[] Arabic =
    [
        "المدينة تفتتح جسرا جديدا",
        "قالت البلدية إن الجسر سيفتح في شهر مايو.",
        "وقال المهندس إن التكلفة بلغت عشرين مليون دينار.",
    ];

    [Theory]
    [InlineData("hebrew")]
    [InlineData("arabic")]
    public void Lines_drawn_left_to_right_read_in_reading_order_in_dataset_json(string language)
    {
        if (!File.Exists(DejaVuSans)) return;
        var lines = language == "hebrew" ? Hebrew : Arabic;
        using var folder = new TempFolder();
        var pdf = folder.File($"{language}.pdf");
        File.WriteAllBytes(pdf, Build(lines));
        var pipeline = new PipelineBuilder().Build();

        var result = pipeline.Convert(pdf);
        Assert.True(result.Succeeded, result.Error);
        pipeline.Write(result.Dataset!, folder.File("out"), ["json"]);

        using var json = JsonDocument.Parse(File.ReadAllBytes(folder.File("out/dataset.json")));
        var root = json.RootElement;
        Assert.Equal(lines[0], root.GetProperty("document").GetProperty("title").GetString());
        var text = root.GetProperty("text").GetString()!;
        Assert.Contains(lines[1], text);
        Assert.Contains(lines[2], text);
    }

    [Fact]
    public void A_line_of_latin_text_with_a_hebrew_name_keeps_its_order()
    {
        if (!File.Exists(DejaVuSans)) return;
        using var folder = new TempFolder();
        var pdf = folder.File("latin.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(DejaVuSans));
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Ferry line to the port reopens", 16, new PdfPoint(72, 760), font);
        page.AddText("The operator said the route to חיפה would reopen in June, carrying 900 passengers a day.", 11, new PdfPoint(72, 720), font);
        File.WriteAllBytes(pdf, builder.Build());

        var result = new PipelineBuilder().Build().Convert(pdf);

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("The operator said the route to חיפה would reopen in June", result.Dataset!.Text);
    }

    // Each line as it is read, and as the bidirectional algorithm lays it out, left to right: numbers and Latin words keep
    // their order, the full stop stands left of the last word, the hyphen after a one-letter prefix right of the number.
    public static TheoryData<string, string> NumbersAndLatin() => new()
    {
        { "העירייה תפתח את הגן ב-12 במאי 2026, בשעה 10:00.", ".10:00 העשב ,2026 יאמב 12-ב ןגה תא חתפת הייריעה" },
        { "החברה Microsoft הודיעה על Windows 11 ביום שני.", ".ינש םויב Windows 11 לע העידוה Microsoft הרבחה" },
        { "המחיר עלה ב-50% בשנת 2025.", ".2025 תנשב 50%-ב הלע ריחמה" },
        { "נרשמו 3, 4 ו-5 מקרים.", ".םירקמ 5-ו 4 ,3 ומשרנ" },
        // A bracket set right to left is drawn as its mirror image: the line shows "(" on the left of what it encloses.
        { "הגן (החדש) ייפתח במאי.", ".יאמב חתפיי (שדחה) ןגה" },
        { "הגן נפתח בשנת (2025) לציבור.", ".רוביצל (2025) תנשב חתפנ ןגה" },
        { "החברה [Microsoft] הודיעה היום.", ".םויה העידוה [Microsoft] הרבחה" },
    };

    [Theory]
    [MemberData(nameof(NumbersAndLatin))]
    public void Numbers_latin_words_and_stops_in_a_hebrew_line_come_out_in_reading_order(string reading, string shown)
    {
        if (!File.Exists(DejaVuSans)) return;
        var dataset = JsonRoundTrip.Convert("numbers.pdf", Drawn([(Shown("גן חדש בעיר"), 18, 523), (shown, 11, 523)]));

        Assert.Equal(reading, Assert.Single(dataset.Paragraphs).Text);
    }

    [Fact]
    public void Hebrew_paragraphs_set_with_a_first_line_indent_from_the_right_are_told_apart()
    {
        if (!File.Exists(DejaVuSans)) return;
        string[] first = ["העירייה הודיעה ביום שלישי כי הגן החדש", "ייפתח לציבור בחודש מאי, אחרי שנתיים", "של עבודות בנייה ונטיעה בכל השכונה."];
        string[] second = ["לדברי המהנדסת, העבודות עלו כעשרה", "מיליון שקלים, ורוב הכסף הגיע מתרומה", "של תושבי השכונה ושל חברות מקומיות."];
        // The first line of each paragraph stands 2 em in from the right edge; no space between the paragraphs.
        var lines = new List<(string, double, double)> { (Shown("גן חדש בעיר"), 18, 523) };
        foreach (var paragraph in new[] { first, second })
            lines.AddRange(paragraph.Select((l, i) => (Shown(l), 11.0, i == 0 ? 523.0 - 22 : 523.0)));

        var dataset = JsonRoundTrip.Convert("indents.pdf", Drawn(lines, pitch: 14));

        Assert.Equal([string.Join(" ", first), string.Join(" ", second)], dataset.Paragraphs.Select(p => p.Text.ReplaceLineEndings(" ")));
    }

    // A line of Hebrew without numbers or Latin words as the algorithm shows it: every letter in the opposite order.
    private static string Shown(string reading) => new(reading.Reverse().ToArray());

    // Lines given as shown, each drawn left to right ending at its right edge, one under another.
    private static byte[] Drawn(IReadOnlyList<(string Text, double Size, double Right)> lines, double pitch = 30)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(DejaVuSans));
        var page = builder.AddPage(PageSize.A4);
        var y = 760.0;
        foreach (var (text, size, right) in lines)
        {
            var width = page.MeasureText(text, size, PdfPoint.Origin, font).Max(l => l.EndBaseLine.X);
            page.AddText(text, size, new PdfPoint(right - width, y), font);
            y -= size > 11 ? 40 : pitch;
        }
        return builder.Build();
    }

    // Each word's glyphs placed from the line's right edge leftwards, the words' letters written left to right as drawn.
    private static byte[] Build(IReadOnlyList<string> lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(DejaVuSans));
        var page = builder.AddPage(PageSize.A4);
        var y = 760.0;
        for (var i = 0; i < lines.Count; i++)
        {
            var size = i == 0 ? 18 : 11;
            var visual = string.Join(' ', lines[i].Split(' ').Reverse().Select(w => new string(w.Reverse().ToArray())));
            var width = page.MeasureText(visual, size, PdfPoint.Origin, font).Max(l => l.EndBaseLine.X);
            page.AddText(visual, size, new PdfPoint(523 - width, y), font);
            y -= i == 0 ? 40 : 30;
        }
        return builder.Build();
    }
}
