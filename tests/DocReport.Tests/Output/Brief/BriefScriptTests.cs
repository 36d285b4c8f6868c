using System.Text;
using ClosedXML.Excel;
using DocReport.Layout;
using DocReport.Pipeline;
using DocReport.Validation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace DocReport.Tests.Output.Brief;

/// <summary>
/// Articles in other scripts come back from the brief and the workbook as the dataset holds them: every paragraph's
/// letters in the brief's outline, in reading order (right to left for Arabic and Hebrew), and every paragraph in the
/// workbook's Paragraphs sheet.
/// </summary>
public class BriefScriptTests
{
    // Made-up two-paragraph articles; the right-to-left ones have no digits, which would run left to right inside them.
    // Chinese lost a third of its characters read back by PdfPig before round 38 (fontconfig matched the Japanese face of
    // Noto Sans CJK to "zh", whose character map lacks the Simplified forms drawn).
    public static TheoryData<string, bool, string, string, string> Articles => new()
    {
        { "ar", true, "المجلس يناقش خطة النقل", "ناقش المجلس يوم الثلاثاء خطة جديدة لحافلات المدينة.", "قال رئيس المجلس إن الخطة لا تحتاج إلى ميزانية إضافية." },
        { "he", true, "המועצה דנה בתוכנית התחבורה", "המועצה דנה ביום שלישי בתוכנית חדשה לאוטובוסים של העיר.", "ראש המועצה אמר שהתוכנית אינה דורשת תקציב נוסף." },
        { "el", false, "Το συμβούλιο συζητά το σχέδιο μεταφορών", "Το συμβούλιο συζήτησε την Τρίτη νέο σχέδιο για τα λεωφορεία της πόλης.", "Ο πρόεδρος είπε ότι το σχέδιο δεν χρειάζεται επιπλέον χρήματα." },
        { "ru", false, "Совет обсуждает план перевозок", "Во вторник совет обсудил новый план для городских автобусов.", "Председатель сказал, что плану не нужен дополнительный бюджет." },
        { "zh", false, "议会讨论交通计划", "议会星期二讨论了城市公交车的新计划。", "议长说，这项计划不需要新的预算。" },
        { "zh-TW", false, "議會討論交通計畫", "議會星期二討論了城市公車的新計畫。", "議長說，這項計畫不需要新的預算。" },
        { "ja", false, "市議会が交通計画を議論", "市議会は火曜日、市内バスの新しい計画を議論した。", "議長は、この計画に追加の予算は必要ないと述べた。" },
        { "ko", false, "의회, 교통 계획 논의", "의회는 화요일 시내버스를 위한 새 계획을 논의했다.", "의장은 이 계획에 추가 예산이 필요 없다고 말했다." },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void Each_paragraph_comes_back_from_the_brief_in_reading_order_and_from_the_workbook_as_written(
        string language, bool rightToLeft, string title, string first, string second)
    {
        using var folder = new TempFolder();
        var html = $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            + $"<body><article><h1>{title}</h1><p>{first}</p><p>{second}</p></article></body></html>";
        var pipeline = new PipelineBuilder().Build();
        var dataset = pipeline.Convert(new SourceFile($"council-{language}.html", Encoding.UTF8.GetBytes(html))).Dataset!;
        pipeline.Write(dataset, folder.Path, ["pdf", "xlsx"]);

        Assert.Equal([first, second], dataset.Paragraphs.Select(p => p.Text));
        // Without a font for the script (the CI installs fonts-noto-core and fonts-noto-cjk where it can) the brief draws
        // boxes, and the dataset must say so instead.
        var drawn = (title + first + second).EnumerateRunes().All(r => Rune.IsWhiteSpace(r) || InstalledFonts.Covers(r.Value));
        Assert.Equal(!drawn, dataset.Validation.Any(i => i.Code == ValidationCodes.ScriptWithoutFont));
        if (drawn)
            AssertBriefReadsBack(folder.File("brief.pdf"), rightToLeft, title, first, second);
        using var workbook = new XLWorkbook(folder.File("dataset.xlsx"));
        var sheet = workbook.Worksheet("Paragraphs").Tables.Single();
        Assert.Equal([first, second], sheet.DataRange.Rows().Select(r => r.Field("text").GetString()));
    }

    private static void AssertBriefReadsBack(string brief, bool rightToLeft, params string[] texts)
    {
        using var pdf = PdfDocument.Open(brief);
        // each line read as a whole: a paragraph's line also holds its id in the outline (and a claim's id after it)
        var lines = pdf.GetPages().SelectMany(Lines).Select(line => Read(line, rightToLeft)).ToList();
        foreach (var expected in texts.Select(Letters))
            Assert.True(lines.Any(line => line.Contains(expected, StringComparison.Ordinal)), $"not read back: {expected}\n{string.Join("\n", lines)}");
    }

    // A line's letters: those of one baseline, spaces left out.
    private static IEnumerable<List<Letter>> Lines(Page page) =>
        page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y)).Select(g => g.ToList());

    // Read in the line's direction, as a reader does: by each letter's position, not by the order it was drawn in.
    private static string Read(List<Letter> line, bool rightToLeft)
    {
        var ordered = rightToLeft ? line.OrderByDescending(l => l.BoundingBox.Centroid.X) : line.OrderBy(l => l.BoundingBox.Centroid.X);
        return Letters(string.Concat(ordered.Select(l => l.Value)));
    }

    private static string Letters(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
}
