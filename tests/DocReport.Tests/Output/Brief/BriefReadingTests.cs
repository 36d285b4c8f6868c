using DocReport.Model;
using DocReport.Output.Brief;
using DocReport.Validation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace DocReport.Tests.Output.Brief;

/// <summary>The brief as a reader meets it: numbers, dates and tables written for people, nothing empty or cramped.</summary>
public sealed class BriefReadingTests : IDisposable
{
    private readonly BriefFolder folder = new();

    public void Dispose() => folder.Dispose();

    private PdfDocument Write(ArticleDataset dataset) => folder.Write(dataset);

    private static string AllText(PdfDocument pdf) => string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

    [Fact]
    public void An_article_read_through_a_shell_s_process_substitution_is_named_pipe_not_by_its_descriptor_number()
    {
        var dataset = BriefFixture.Create(4);
        using var pdf = Write(dataset with { Document = dataset.Document with { SourcePath = "/dev/fd/63" } });
        var text = AllText(pdf);
        Assert.Contains("Source file: pipe", text);
        Assert.Contains("DocReport brief · pipe", text);
        Assert.StartsWith("Brief of pipe:", pdf.Information.Subject);
    }

    [Fact]
    public void A_score_just_under_one_is_never_shown_as_one()
    {
        var dataset = BriefFixture.Create(4);
        dataset = dataset with { Claims = dataset.Claims.Select((c, i) => i == 0 ? c with { Score = 0.999 } : c).ToList() };
        using var pdf = Write(dataset);
        var text = AllText(pdf);
        Assert.DoesNotContain("1.00", text);
        Assert.Contains("0.99", text);
    }

    [Fact]
    public void Key_claims_list_the_ten_highest_scores_after_the_key_findings_and_point_to_the_workbook_for_the_rest()
    {
        var dataset = BriefFixture.Create(30);
        using var pdf = Write(dataset);
        var text = AllText(pdf);
        Assert.Contains($"The 10 highest-scoring of {dataset.Claims.Count} claims after the key findings, in article order", text);
        Assert.Contains("dataset.xlsx, sheet Claims", text);
        var byScore = dataset.Claims.OrderByDescending(c => c.Score).ToList();
        var claimsTable = text[text.IndexOf("highest-scoring", StringComparison.Ordinal)..text.IndexOf("Sources", StringComparison.Ordinal)];
        Assert.Contains(" " + byScore[5].Id + " ", claimsTable);
        Assert.DoesNotContain(" " + byScore[^1].Id + " ", claimsTable);
    }

    [Fact]
    public void No_claim_is_listed_both_as_a_key_finding_and_as_a_key_claim()
    {
        var dataset = BriefFixture.Create(4);
        using var pdf = Write(dataset);
        var text = AllText(pdf);
        var findings = text[text.IndexOf("Key findings", StringComparison.Ordinal)..text.IndexOf("Key claims", StringComparison.Ordinal)];
        var claimsTable = text[text.IndexOf("Key claims", StringComparison.Ordinal)..text.IndexOf("Sources", StringComparison.Ordinal)];
        var inFindings = dataset.Claims.Where(c => findings.Contains(c.Id + " · ", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, inFindings.Count);
        foreach (var claim in inFindings) Assert.DoesNotContain(" " + claim.Id + " ", claimsTable);
        Assert.Equal(dataset.Claims.Count - 5, dataset.Claims.Count(c => claimsTable.Contains(" " + c.Id + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_statement_repeated_in_the_article_is_listed_once_and_the_next_claim_takes_its_place()
    {
        var dataset = BriefFixture.Create(30);
        const string statement = "The harbour board confirmed that the night ferry will stop calling at Saint-Pierre from June.";
        // The same statement twice, as a press release quoted whole and then told again: quotation marks and one word differ.
        var (first, again) = (dataset.Claims[0].Id, dataset.Claims[7].Id);
        dataset = dataset with
        {
            Claims = dataset.Claims.Select(c => c.Id == first ? c with { Text = "“" + statement + "”", Score = 0.99 }
                : c.Id == again ? c with { Text = statement.Replace("confirmed", "said"), Score = 0.98 } : c).ToList(),
        };
        using var pdf = Write(dataset);
        var text = AllText(pdf);
        var listed = text[text.IndexOf("Key findings", StringComparison.Ordinal)..text.IndexOf("Sources", StringComparison.Ordinal)];
        Assert.Contains(first + " · ", listed);
        Assert.DoesNotContain(" " + again + " ", listed);
        Assert.DoesNotContain(again + " · ", listed);
        // Five findings and ten key claims still: the claim after the last one listed comes in.
        Assert.Equal(15, dataset.Claims.Count(c => listed.Contains(c.Id + " · ", StringComparison.Ordinal) || listed.Contains(" " + c.Id + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Two_statements_in_the_same_words_with_different_figures_are_both_listed()
    {
        var dataset = BriefFixture.Create(30);
        var (first, second) = (dataset.Claims[0].Id, dataset.Claims[7].Id);
        dataset = dataset with
        {
            Claims = dataset.Claims.Select(c => c.Id == first ? c with { Text = "The port counted 4,100 passengers on the night ferry in May, the harbour board said.", Score = 0.99 }
                : c.Id == second ? c with { Text = "The port counted 3,200 passengers on the night ferry in June, the harbour board said.", Score = 0.98 } : c).ToList(),
        };
        using var pdf = Write(dataset);
        var text = AllText(pdf);
        var findings = text[text.IndexOf("Key findings", StringComparison.Ordinal)..text.IndexOf("Key claims", StringComparison.Ordinal)];
        Assert.Contains(first + " · ", findings);
        Assert.Contains(second + " · ", findings);
    }

    [Theory]
    [InlineData(3, "The other claim, in article order")]
    [InlineData(4, "The other 3 claims, in article order")]
    public void Key_claims_holding_every_claim_the_findings_leave_are_not_called_the_highest_scoring(int paragraphs, string note)
    {
        using var pdf = Write(BriefFixture.Create(paragraphs));
        var text = AllText(pdf);
        Assert.Contains(note, text);
        Assert.DoesNotContain("highest-scoring", text);
    }

    [Fact]
    public void Key_claims_short_of_their_room_because_a_claim_repeats_one_above_say_so_not_highest_scoring()
    {
        var dataset = BriefFixture.Create(4);
        const string statement = "The harbour board confirmed that the night ferry will stop calling at Saint-Pierre from June.";
        var (first, again) = (dataset.Claims[0].Id, dataset.Claims[^1].Id);
        dataset = dataset with
        {
            Claims = dataset.Claims.Select(c => c.Id == first ? c with { Text = statement, Score = 0.99 }
                : c.Id == again ? c with { Text = statement.Replace("confirmed", "said"), Score = 0.05 } : c).ToList(),
        };
        using var pdf = Write(dataset);
        var text = AllText(pdf);
        Assert.Contains("The other 2 claims, in article order (1 that repeats a claim above left out)", text);
        Assert.DoesNotContain("highest-scoring", text);
    }

    [Fact]
    public void Without_key_findings_the_key_claims_are_the_highest_scores_of_all()
    {
        var template = BriefTemplateLoader.Parse("""{ "sections": [ { "type": "heading" }, { "type": "keyClaims" }, { "type": "sources" } ] }""", "test").Value!;
        var dataset = BriefFixture.Create(30);
        new BriefWriter(template).Write(dataset, folder.Path);
        using var pdf = PdfDocument.Open(folder.PdfPath);
        var text = AllText(pdf);
        Assert.Contains($"The 10 highest-scoring of {dataset.Claims.Count} claims, in article order", text);
        Assert.Contains(" " + dataset.Claims.OrderByDescending(c => c.Score).First().Id + " ", text);
    }

    [Fact]
    public void The_url_column_appears_only_when_a_source_has_one()
    {
        var dataset = BriefFixture.Create(3);
        using (var pdf = Write(dataset)) Assert.Contains("URL", Column(pdf));
        var withoutUrls = dataset with { Sources = dataset.Sources.Select(s => s with { Url = null }).ToList() };
        using (var pdf = Write(withoutUrls)) Assert.DoesNotContain("URL", Column(pdf));
    }

    [Fact]
    public void Long_source_names_wrap_over_at_most_three_lines()
    {
        const string name = "Independent Commission for the Oversight of Regional Maritime Transport Infrastructure";
        var dataset = BriefFixture.Create(6);
        dataset = dataset with { Sources = dataset.Sources.Select(s => s.Id == "S1" ? s with { Name = name } : s).ToList() };
        using var pdf = Write(dataset);
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i].Text != "Independent") continue;
                var lines = words.Skip(i).Take(name.Split(' ').Length).Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count();
                Assert.True(lines <= 3, $"'{name}' spans {lines} lines on page {page.Number}");
            }
        }
    }

    [Fact]
    public void Long_urls_are_shortened_but_link_to_the_full_address()
    {
        var url = "https://www.example.gov/transport/reports/2024/" + string.Join("-", Enumerable.Repeat("ferry-cancellations", 8));
        var dataset = BriefFixture.Create(3);
        dataset = dataset with { Sources = dataset.Sources.Select(s => s.Id == "S1" ? s with { Url = url } : s).ToList() };
        using var pdf = Write(dataset);
        var joined = AllText(pdf).Replace(" ", "");
        Assert.Contains("example.gov/transport/reports/2024/ferry", joined);
        Assert.Contains("…", joined);
        Assert.DoesNotContain("https://www.example.gov/transport", joined);
        var uris = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UglyToad.PdfPig.Actions.UriAction>().Select(a => a.Uri);
        Assert.Contains(url, uris);
    }

    [Fact]
    public void Key_findings_come_from_body_paragraphs_before_list_items()
    {
        var dataset = BriefFixture.Create(8);
        var top = dataset.Claims.OrderByDescending(c => c.Score).First();
        dataset = dataset with
        {
            Paragraphs = dataset.Paragraphs.Select(p => p.Id == top.ParagraphId ? p with { Kind = BlockKind.ListItem } : p).ToList(),
            Claims = dataset.Claims.Select(c => c.Id == top.Id ? c with { Score = 0.97 } : c).ToList(),
        };
        using var pdf = Write(dataset);
        var findings = Section(pdf, "Key findings", "Key claims");
        Assert.DoesNotContain($"{top.Id} · {top.ParagraphId}", findings);
    }

    [Fact]
    public void Empty_sections_leave_no_heading_behind()
    {
        var dataset = BriefFixture.Create(3) with { Claims = [], Validation = [] };
        using var pdf = Write(dataset);
        var text = AllText(pdf);
        Assert.Contains("No check-worthy claims were found.", text);
        Assert.DoesNotContain("Key claims", text);
        Assert.DoesNotContain("Claims per paragraph", text);
        Assert.DoesNotContain("Validation notes", text);
        Assert.Equal(1, pdf.NumberOfPages);
    }

    [Fact]
    public void A_fact_in_the_heading_never_has_its_label_and_value_on_different_lines()
    {
        var dataset = BriefFixture.Create(3);
        dataset = dataset with { Document = dataset.Document with { SiteName = "The Regional Ferry Passengers' Gazette", Authors = ["Zoë Ångström", "Дмитрий Петров", "Anna Lindqvist"] } };
        using var pdf = Write(dataset);
        var words = pdf.GetPage(1).GetWords().ToList();
        foreach (var label in new[] { "Format:", "Published:", "Validation:", "Site:", "Authors:" })
        {
            var at = words.FindIndex(w => w.Text.StartsWith(label, StringComparison.Ordinal));
            Assert.True(at >= 0, $"{label} not found");
            var labelWord = words[at];
            var value = labelWord.Text.Length > label.Length ? labelWord : words[at + 1];
            Assert.Equal(labelWord.BoundingBox.Bottom, value.BoundingBox.Bottom, 1);
        }
    }

    [Fact]
    public void Page_one_shows_several_key_claims_of_an_article_of_ordinary_length_before_any_chart()
    {
        // Claims of two to three lines, as news sentences run, in 20 paragraphs that differ in claims, so the chart is drawn
        // (before the key claims, the chart left room on page 1 for one row).
        var dataset = BriefFixture.Create(20);
        dataset = dataset with
        {
            Claims = dataset.Claims.Where(c => c.ParagraphId != "P4")
                .Select(c => c with { Text = c.Text + " Crew rosters, fuel deliveries and the weather all played a part, the operators added in their weekly note to passengers." })
                .ToList(),
        };
        using var pdf = Write(dataset);
        Assert.Contains("Claims per paragraph", AllText(pdf));
        var page1 = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        var table = page1[(page1.IndexOf("Key claims", StringComparison.Ordinal) + 1)..];
        var rows = System.Text.RegularExpressions.Regex.Matches(table, @"(?<= |^)C\d+ (?!·)").Count;
        Assert.True(rows >= 3, $"page 1 shows {rows} key claims: {table}");
    }

    [Fact]
    public void Ids_of_four_digits_and_more_stay_whole_in_the_key_claims_table_and_the_outline()
    {
        // 1,000 paragraphs of two claims; claims C1001 on score highest, so the key findings and key claims list only them.
        var dataset = BriefFixture.Create(1000);
        dataset = dataset with { Claims = dataset.Claims.Select((c, i) => i >= 1000 ? c with { Score = 0.95 } : c with { Score = 0.3 }).ToList() };
        using var pdf = Write(dataset);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        var table = words[words.IndexOf("Para.")..words.IndexOf("Sources")];
        var rowIds = table.Where(w => w.StartsWith('C') && w.Skip(1).All(char.IsAsciiDigit) && w.Length > 1).ToList();
        Assert.Equal(10, rowIds.Count);
        Assert.All(rowIds, id => Assert.Contains(dataset.Claims.Skip(1000), c => c.Id == id));
        Assert.Contains("P1000", words);
    }

    [Fact]
    public void The_claims_chart_is_drawn_only_when_paragraphs_differ_in_claims()
    {
        var even = BriefFixture.Create(8);
        Assert.Single(even.Claims.GroupBy(c => c.ParagraphId).Select(g => g.Count()).Distinct());
        using (var pdf = Write(even)) Assert.DoesNotContain("Claims per paragraph", AllText(pdf));
        var uneven = even with { Claims = even.Claims.Where(c => c.ParagraphId != "P3").ToList() };
        using (var pdf = Write(uneven)) Assert.Contains("Claims per paragraph", AllText(pdf));
    }

    [Fact]
    public void The_last_paragraph_label_of_a_long_claims_chart_stays_inside_the_margin()
    {
        var dataset = BriefFixture.Create(71);
        dataset = dataset with { Claims = dataset.Claims.Where(c => c.ParagraphId != "P3").ToList() };
        using var pdf = Write(dataset);
        var page = pdf.GetPages().First(p => p.GetWords().Any(w => w.Text == "Claims"));
        var chartLabels = page.GetWords().Where(w => w.Text == "P71").ToList();
        Assert.NotEmpty(chartLabels);
        var right = page.Width - 56;
        Assert.All(chartLabels, w => Assert.True(w.BoundingBox.Right <= right + 0.5, $"P71 ends at {w.BoundingBox.Right:0.0}, past the margin at {right:0.0}"));
    }

    [Fact]
    public void Validation_notes_come_before_the_outline_so_the_last_page_ends_with_the_article()
    {
        var dataset = BriefFixture.Create(30);
        using var pdf = Write(dataset);
        var text = AllText(pdf);
        Assert.True(text.IndexOf("Validation notes", StringComparison.Ordinal) < text.IndexOf("Paragraph outline", StringComparison.Ordinal));
        var last = string.Join(" ", pdf.GetPage(pdf.NumberOfPages).GetWords().Select(w => w.Text));
        Assert.Contains(dataset.Paragraphs[^1].Id, last);
    }

    [Fact]
    public void Validation_warnings_are_counted_in_the_heading_and_listed_in_the_notes()
    {
        using var pdf = Write(BriefFixture.Create(3));
        var text = AllText(pdf);
        Assert.Contains("Validation: 1 warning (see the notes)", text);
        Assert.Contains("Validation notes", text);
    }

    [Fact]
    public void Page_one_names_the_most_mentioned_sources_with_their_kind()
    {
        var dataset = BriefFixture.Create(30);
        var extra = new[] { ("S4", "Harbour Pilots' Union", 7), ("S5", "Dr Amelia Okafor", 9), ("S6", "Ferry Users' Forum", 1) }
            .Select(s => new Source(s.Item1, s.Item2, SourceKind.Organization) { Mentions = s.Item3 });
        dataset = dataset with { Sources = [.. dataset.Sources, .. extra] };
        using var pdf = Write(dataset);
        var page1 = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Cited: Regional Ministry of Transport (government, 12 mentions), Dr Amelia Okafor (organization, 9 mentions), " +
            "Harbour Pilots' Union (organization, 7 mentions), Port Authority (organization, 4 mentions) and 2 more", page1);
        Assert.DoesNotContain("Ferry Users' Forum", page1[..page1.IndexOf("Key findings", StringComparison.Ordinal)]);
    }

    [Fact]
    public void Page_one_says_when_an_article_names_no_source()
    {
        using var pdf = Write(BriefFixture.Create(3) with { Sources = [] });
        Assert.Contains("Cited: no source is named", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void Page_one_of_an_article_not_in_english_says_why_no_source_is_found_instead_of_that_none_is_named()
    {
        var warning = new ValidationIssue(Severity.Warning, ValidationCodes.NotEnglish, "Text: the article does not read as English.", "Text");
        using var pdf = Write(BriefFixture.Create(3) with { Sources = [], Validation = [warning] });
        var page1 = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Cited: none found: sources are found in English text only, and this article does not read as English", page1);
        Assert.DoesNotContain("no source is named", page1);
    }

    /// <summary>The sources table's header row.</summary>
    private static string Column(PdfDocument pdf)
    {
        var text = AllText(pdf);
        var header = text.IndexOf("ID Name Kind Mentions Claims", StringComparison.Ordinal);
        return text.Substring(header, Math.Min(40, text.Length - header));
    }

    [Fact]
    public void Without_a_notes_section_the_heading_points_to_the_dataset_for_the_warnings()
    {
        var template = BriefTemplateLoader.Parse("""{ "sections": [ { "type": "heading" }, { "type": "outline" } ] }""", "test").Value!;
        new BriefWriter(template).Write(BriefFixture.Create(3), folder.Path);
        using var pdf = PdfDocument.Open(folder.PdfPath);
        Assert.Contains("Validation: 1 warning (listed in the dataset)", AllText(pdf));
    }

    private static string Section(PdfDocument pdf, string from, string to)
    {
        var text = string.Join("\n", pdf.GetPages().Select(p => UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p)));
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        return text[start..end];
    }
}
