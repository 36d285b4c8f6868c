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
