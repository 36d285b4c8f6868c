using System.IO.Compression;
using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Workbook;

namespace DocReport.Tests.Output.Workbook;

public sealed class WorkbookWriterTests
{
    private static readonly string[] Sheets = ["Summary", "Paragraphs", "Sentences", "Claims", "Sources", "Attributions", "Validation"];

    private static XLWorkbook WriteAndOpen(ArticleDataset dataset)
    {
        using var folder = new TempFolder();
        new WorkbookWriter().Write(dataset, folder.Path);
        Assert.Equal(["dataset.xlsx"], folder.FileNames());
        return new XLWorkbook(new MemoryStream(File.ReadAllBytes(folder.File("dataset.xlsx"))));
    }

    /// <summary>The column of a sheet's table headed <paramref name="header"/>, as the cells under the header.</summary>
    private static List<IXLCell> Column(IXLWorksheet sheet, string header)
    {
        var table = sheet.Tables.Single();
        return table.DataRange.Rows().Select(r => r.Cell(table.FindColumn(c => c.FirstCell().GetString() == header).RangeAddress.FirstAddress.ColumnNumber)).ToList();
    }

    [Fact]
    public void Has_the_seven_sheets_each_one_table_with_a_frozen_header_and_filters()
    {
        using var workbook = WriteAndOpen(SampleDataset.Create());

        Assert.Equal(Sheets, workbook.Worksheets.Select(w => w.Name));
        foreach (var sheet in workbook.Worksheets)
        {
            var table = Assert.Single(sheet.Tables);
            Assert.True(table.ShowAutoFilter, sheet.Name);
            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.Equal(1, table.RangeAddress.FirstAddress.RowNumber);
        }
    }

    [Fact]
    public void Row_counts_match_the_dataset()
    {
        var dataset = SampleDataset.Create();
        using var workbook = WriteAndOpen(dataset);

        Assert.Equal(dataset.Paragraphs.Count, workbook.Worksheet("Paragraphs").Tables.Single().DataRange.RowCount());
        Assert.Equal(dataset.Paragraphs.Sum(p => p.Sentences.Count), workbook.Worksheet("Sentences").Tables.Single().DataRange.RowCount());
        Assert.Equal(dataset.Claims.Count, workbook.Worksheet("Claims").Tables.Single().DataRange.RowCount());
        Assert.Equal(dataset.Sources.Count, workbook.Worksheet("Sources").Tables.Single().DataRange.RowCount());
    }

    [Fact]
    public void The_attributions_sheet_says_who_said_what_with_the_source_s_name_and_the_paragraph()
    {
        var dataset = SampleDataset.Create();
        var belief = dataset.Attributions[0] with { Id = "A2", Kind = AttributionKind.Belief, SourceId = null };
        using var workbook = WriteAndOpen(dataset with { Attributions = [dataset.Attributions[0], belief] });
        var sheet = workbook.Worksheet("Attributions");

        string[] Cells(string header) => Column(sheet, header).Select(c => c.GetString()).ToArray();
        Assert.Equal(["A1", "A2"], Cells("id"));
        Assert.Equal(["P2", "P2"], Cells("paragraphId"));
        Assert.Equal([dataset.Attributions[0].SentenceId, dataset.Attributions[0].SentenceId], Cells("sentenceId"));
        Assert.Equal(["speech", "belief"], Cells("kind"));
        Assert.Equal(["S1", ""], Cells("sourceId"));
        Assert.Equal(["UK Ministry of Defence", ""], Cells("sourceName"));
        Assert.Equal(["reported", "reported"], Cells("cueText"));
        Assert.Equal(dataset.Attributions[0].Content.Text, Cells("contentText")[0]);
        Assert.Equal(dataset.Attributions[0].Content.Start, Column(sheet, "contentStart")[0].GetValue<int>());
    }

    [Fact]
    public void Document_text_is_stored_as_exact_text_never_as_a_formula_or_number()
    {
        var dataset = SampleDataset.Create();
        using var workbook = WriteAndOpen(dataset);

        var sentences = Column(workbook.Worksheet("Sentences"), "text");
        var expected = dataset.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Text.Replace("\u0001", "")).ToList();
        Assert.Equal(expected.Take(expected.Count - 1), sentences.Take(expected.Count - 1).Select(c => c.GetString()));
        foreach (var start in new[] { "=1+2", "-5%", "+44" })
        {
            var cell = sentences.Single(c => c.GetString().StartsWith(start));
            Assert.False(cell.HasFormula, start);
            Assert.Equal(XLDataType.Text, cell.DataType);
        }
        Assert.Equal("@user", Column(workbook.Worksheet("Sources"), "name")[1].GetString());
        // The one formula is the HYPERLINK the writer builds for a web address; no text from the document is ever one.
        var formulas = workbook.Worksheets.SelectMany(w => w.CellsUsed()).Where(c => c.HasFormula).ToList();
        Assert.Equal(["HYPERLINK(\"https://www.gov.uk/government/organisations/ministry-of-defence\")"], formulas.Select(c => c.FormulaA1));
    }

    [Fact]
    public void A_literal_escape_code_is_stored_escaped_so_excel_shows_it_as_written()
    {
        var dataset = SampleDataset.Create();
        var paragraph = dataset.Paragraphs[0] with { Text = "file_x0041_.txt" };
        using var folder = new TempFolder();
        new WorkbookWriter().Write(dataset with { Paragraphs = [paragraph] }, folder.Path);

        // ECMA-376 ST_Xstring: Excel reads "_x0041_" as "A" unless its underscore is escaped as "_x005F_".
        Assert.Contains(">file_x005F_x0041_.txt<", SheetXml(folder.File("dataset.xlsx"), "Paragraphs"));
    }

    [Fact]
    public void Text_over_the_cell_limit_is_cut_with_a_marker_and_noted_in_the_validation_sheet()
    {
        using var workbook = WriteAndOpen(SampleDataset.Create());

        var text = Column(workbook.Worksheet("Paragraphs"), "text")[4].GetString();
        Assert.Equal(CellText.MaxLength, text.Length);
        Assert.EndsWith(CellText.CutMarker, text);
        var codes = Column(workbook.Worksheet("Validation"), "code").Select(c => c.GetString()).ToList();
        var locations = Column(workbook.Worksheet("Validation"), "location").Select(c => c.GetString()).ToList();
        Assert.Equal(["LongParagraph", "DR-XLSX-CELL-TRUNCATED", "DR-XLSX-CELL-TRUNCATED"], codes);
        Assert.Equal(["Paragraphs[4]", "Paragraphs!E6", "Sentences!C10"], locations);
        Assert.StartsWith("Column text of P5 has 40,000 characters, over Excel's 32,767", Column(workbook.Worksheet("Validation"), "message")[1].GetString());
        Assert.Equal(3, workbook.Worksheet("Summary").Cell(20, 2).GetValue<int>());
        Assert.Equal("warningCount", workbook.Worksheet("Summary").Cell(20, 1).GetString());
    }

    [Fact]
    public void Source_urls_are_hyperlinks_and_lists_read_as_text()
    {
        using var workbook = WriteAndOpen(SampleDataset.Create());

        var url = Column(workbook.Worksheet("Sources"), "url")[0];
        Assert.StartsWith("HYPERLINK(", url.FormulaA1);
        Assert.Equal("https://www.gov.uk/government/organisations/ministry-of-defence", url.CachedValue);
        Assert.False(Column(workbook.Worksheet("Sources"), "url")[1].HasFormula);
        Assert.Equal("UK Ministry of Defence; @user", Column(workbook.Worksheet("Claims"), "sourceNames")[1].GetString());
        Assert.Equal("number: over 220", Column(workbook.Worksheet("Claims"), "evidence")[0].GetString());
    }

    [Fact]
    public void Columns_fit_their_text_up_to_a_cap_and_long_text_wraps()
    {
        using var workbook = WriteAndOpen(SampleDataset.Create());
        var paragraphs = workbook.Worksheet("Paragraphs");

        // ClosedXML reads a width back without the cell padding, to within a 256th of a character.
        Assert.All(workbook.Worksheets.SelectMany(w => w.ColumnsUsed()), c => Assert.InRange(Math.Round(c.Width, 2), 6, ColumnWidths.MaxWidth));
        Assert.Equal(ColumnWidths.MaxWidth, Math.Round(paragraphs.Column(5).Width, 2));
        Assert.True(paragraphs.Cell(2, 5).Style.Alignment.WrapText);
        Assert.True(paragraphs.Column(1).Width < 10);
    }

    [Fact]
    public void The_title_is_in_the_summary_without_characters_xml_cannot_hold()
    {
        using var workbook = WriteAndOpen(SampleDataset.Create());

        Assert.Equal("=Tricky title — Ελληνικά", workbook.Worksheet("Summary").Cell(2, 2).GetString());
    }

    [Fact]
    public void Emoji_are_written_as_characters_not_as_escape_codes()
    {
        using var folder = new TempFolder();
        new WorkbookWriter().Write(SampleDataset.Create(), folder.Path);

        var xml = SheetXml(folder.File("dataset.xlsx"), "Sentences");
        Assert.Contains("η Россия 🙂 stay readable.", xml);
        Assert.DoesNotContain("_xD83D_", xml);
        using var workbook = new XLWorkbook(folder.File("dataset.xlsx"));
        Assert.Contains(Column(workbook.Worksheet("Sentences"), "text"), c => c.GetString() == "Η Ελλάδα και η Россия 🙂 stay readable.");
    }

    [Fact]
    public void An_empty_table_is_still_a_table_with_a_header()
    {
        using var workbook = WriteAndOpen(SampleDataset.Create() with { Validation = [], Claims = [] });

        var claims = workbook.Worksheet("Claims").Tables.Single();
        Assert.Equal("id", claims.HeadersRow().Cell(1).GetString());
        Assert.True(claims.DataRange.CellsUsed().All(c => c.IsEmpty()));
    }

    [Fact]
    public void Two_writes_of_the_same_dataset_are_byte_identical()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        new WorkbookWriter().Write(SampleDataset.Create(), first.Path);
        Thread.Sleep(2100); // a zip stamps entries to two seconds: a clock-dependent writer would show here
        new WorkbookWriter().Write(SampleDataset.Create(), second.Path);

        Assert.Equal(File.ReadAllBytes(first.File("dataset.xlsx")), File.ReadAllBytes(second.File("dataset.xlsx")));
    }

    /// <summary>The XML of the sheet named <paramref name="sheet"/>, found through the workbook's relationships.</summary>
    internal static string SheetXml(string path, string sheet)
    {
        using var workbook = new XLWorkbook(path);
        var position = workbook.Worksheet(sheet).Position;
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry($"xl/worksheets/sheet{position}.xml")!.Open());
        return reader.ReadToEnd();
    }
}
