using System.Text.RegularExpressions;
using DocReport.Output.Brief;
using DocReport.Validation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;

namespace DocReport.Tests.Output.Brief;

public sealed class BriefWriterTests : IDisposable
{
    private readonly BriefFolder brief = new();

    public void Dispose() => brief.Dispose();

    private PdfDocument Write(string? template = null, int paragraphs = 30) => brief.Write(BriefFixture.Create(paragraphs), template);

    private static string Words(UglyToad.PdfPig.Content.Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    [Fact]
    public void Brief_has_several_pages_each_with_page_x_of_n()
    {
        using var pdf = Write();
        Assert.True(pdf.NumberOfPages >= 3, $"only {pdf.NumberOfPages} pages");
        foreach (var page in pdf.GetPages())
            Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", Words(page));
    }

    [Fact]
    public void Title_is_drawn_and_is_the_metadata_title()
    {
        using var pdf = Write();
        Assert.Equal(BriefFixture.Title, pdf.Information.Title);
        Assert.Equal("DocReport", pdf.Information.Creator);
        Assert.Contains("Zoë Ångström", pdf.Information.Author);
        var first = Words(pdf.GetPage(1));
        Assert.Contains("Réunion's", first);
        Assert.Contains("Ελληνικά", first);
        Assert.Contains("Кириллица", first);
    }

    [Fact]
    public void Metadata_subject_counts_one_claim_and_one_source_in_the_singular()
    {
        var full = BriefFixture.Create(3);
        var claim = full.Claims[0];
        var dataset = full with { Claims = [claim], Sources = [full.Sources[0] with { ClaimIds = [claim.Id] }] };
        using var pdf = brief.Write(dataset);
        Assert.EndsWith(": 1 claim, 1 source", pdf.Information.Subject);
    }

    [Fact]
    public void Facts_claims_sources_and_validation_notes_are_present()
    {
        using var pdf = Write();
        var all = string.Join(" ", pdf.GetPages().Select(Words));
        foreach (var expected in new[] { "ferries.html", "HTML", "2 April 2024", "Key findings", "Key claims", "Regional Ministry of Transport",
                     "Port Authority", "Government", "Paragraph outline", "W_SOURCE_NO_URL", "[C1]" })
            Assert.Contains(expected, all);
    }

    [Fact]
    public void Fonts_are_embedded_and_subset()
    {
        using var pdf = Write();
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+", f));
        var raw = File.ReadAllBytes(brief.PdfPath);
        Assert.Contains("/FontFile2", System.Text.Encoding.Latin1.GetString(raw));
    }

    [Fact]
    public void Every_letter_lies_inside_the_page_margins()
    {
        using var pdf = Write();
        var template = BriefTemplateLoader.Load(null).Value!;
        foreach (var page in pdf.GetPages())
        foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            var box = letter.BoundingBox;
            Assert.True(box.Left >= template.Margins.Left - 0.5 && box.Right <= page.Width - template.Margins.Right + 0.5
                && box.Bottom >= template.Margins.Bottom - 0.5 && box.Top <= page.Height - template.Margins.Top + 0.5,
                $"'{letter.Value}' at {box} on page {page.Number} is outside the margins");
        }
    }

    [Fact]
    public void No_two_words_overlap()
    {
        using var pdf = Write();
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).Select(w => w.BoundingBox).ToList();
            for (var i = 0; i < words.Count; i++)
            for (var j = i + 1; j < words.Count; j++)
            {
                var width = Math.Min(words[i].Right, words[j].Right) - Math.Max(words[i].Left, words[j].Left);
                var height = Math.Min(words[i].Top, words[j].Top) - Math.Max(words[i].Bottom, words[j].Bottom);
                Assert.False(width > 0.5 && height > 0.5, $"words at {words[i]} and {words[j]} overlap on page {page.Number}");
            }
        }
    }

    [Fact]
    public void A_dataset_without_claims_or_sources_still_gets_a_brief_saying_so()
    {
        var loaded = BriefTemplateLoader.Load(null).Value!;
        var dataset = BriefFixture.Create(2) with { Claims = [], Sources = [], Validation = [] };
        new BriefWriter(loaded).Write(dataset, brief.Path);
        using var pdf = PdfDocument.Open(brief.PdfPath);
        var all = string.Join(" ", pdf.GetPages().Select(Words));
        Assert.Contains("No check-worthy claims were found.", all);
        Assert.Contains("No sources are cited.", all);
        Assert.Contains("Validation: no issues", all);
        Assert.DoesNotContain("Validation notes", all);
    }

    [Fact]
    public void Source_urls_are_clickable_and_source_names_link_to_the_sources_table()
    {
        using var pdf = Write();
        var links = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Type == AnnotationType.Link).ToList();
        var uris = links.Select(a => a.Action).OfType<UglyToad.PdfPig.Actions.UriAction>().Select(a => a.Uri).ToList();
        Assert.Contains("https://www.example.gov/transport/reports/2024/ferry-cancellations-and-delays-in-the-first-quarter", uris);
        Assert.Contains("https://lequotidien.example/article", uris);
        Assert.Contains(BriefFixture.ArticleLink, uris);
        Assert.True(links.Count > uris.Count, "expected internal links from claims to sources");
    }

    [Fact]
    public void Urls_to_local_files_or_data_are_shown_but_not_clickable()
    {
        var dataset = BriefFixture.Create(3);
        var hostile = new[] { "file:///etc/passwd", "data:text/html;base64,PHNjcmlwdD4=", @"\\server\share\x.exe" };
        dataset = dataset with
        {
            Document = dataset.Document with { Url = hostile[0] },
            Sources = dataset.Sources.Select((s, i) => s with { Url = hostile[i % hostile.Length] }).ToList(),
        };
        new BriefWriter(BriefTemplateLoader.Load(null).Value!).Write(dataset, brief.Path);

        using var pdf = PdfDocument.Open(brief.PdfPath);
        var uris = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action)
            .OfType<UglyToad.PdfPig.Actions.UriAction>().Select(a => a.Uri).ToList();
        Assert.Equal([BriefFixture.ArticleLink], uris.Distinct());
        Assert.Contains("file:///etc/passwd", string.Join(" ", pdf.GetPages().Select(Words)));
    }

    [Fact]
    public void A_document_too_long_for_the_page_limit_gets_a_brief_whose_outline_is_cut_and_says_so()
    {
        var dataset = BriefFixture.Create(400) with { Claims = [], Sources = [], Validation = [] };
        new BriefWriter(BriefTemplateLoader.Load(null).Value!, maxPages: 6).Write(dataset, brief.Path);

        using var pdf = PdfDocument.Open(brief.PdfPath);
        Assert.InRange(pdf.NumberOfPages, 1, 6);
        var all = string.Join(" ", pdf.GetPages().Select(Words));
        Assert.Contains("The outline is cut", all);
        Assert.Contains("of 400 paragraphs", all);
        // The first page says so too, and where the rest is: never "Validation: no issues" over a cut brief.
        var first = Words(pdf.GetPage(1));
        Assert.Matches(@"Outline cut: first \d+ of 400 paragraphs shown; the dataset holds them all", first);
        Assert.Contains("Validation: 1 warning", first);
        Assert.DoesNotContain("no issues", first);
        Assert.Contains(ValidationCodes.BriefTruncated, all);
    }

    [Fact]
    public void Many_claims_do_not_cut_the_outline_of_a_brief_that_fits_the_page_limit()
    {
        var dataset = BriefFixture.Create(30);
        new BriefWriter(BriefTemplateLoader.Load(null).Value!, maxPages: 10).Write(dataset, brief.Path);

        using var pdf = PdfDocument.Open(brief.PdfPath);
        Assert.InRange(pdf.NumberOfPages, 1, 10);
        var all = string.Join(" ", pdf.GetPages().Select(Words));
        Assert.DoesNotContain("The outline is cut", all);
        Assert.Contains("P30", all);
    }

    [Fact]
    public void A_brief_within_the_page_limit_shows_every_paragraph()
    {
        using var pdf = Write(paragraphs: 12);

        var all = string.Join(" ", pdf.GetPages().Select(Words));
        Assert.DoesNotContain("The outline is cut", all);
        Assert.Contains("P12", all);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void A_claim_with_a_word_longer_than_a_page_of_lines_is_cut_into_lines_across_pages_of_the_key_claims_table(int at)
    {
        // At claim 8 the row before the long one starts a page, the long row moves whole to the next page, and the
        // table's part left on that page is shorter than the section's minimum: the brief used to fail there.
        var dataset = BriefFixture.Create(8);
        var claims = dataset.Claims.Select((c, i) => i == at ? c with { Text = "Officials said " + new string('x', 20_000) + " rose.", Score = 0.99 } : c).ToList();
        using var pdf = brief.Write(dataset with { Claims = claims });

        var all = string.Join(" ", pdf.GetPages().Select(Words));
        Assert.Contains(claims[at].Id, all);
        Assert.Contains("rose.", all);
    }

    [Fact]
    public void Compact_template_gives_a_shorter_brief()
    {
        int full, compact;
        using (var pdf = Write()) full = pdf.NumberOfPages;
        using (var pdf = Write("compact")) compact = pdf.NumberOfPages;
        Assert.True(compact < full, $"compact {compact} pages, default {full}");
    }

    [Fact]
    public void No_temporary_file_is_left_behind()
    {
        using var pdf = Write(paragraphs: 3);
        Assert.Equal(["brief.pdf"], Directory.GetFiles(brief.Path).Select(Path.GetFileName));
    }
}
