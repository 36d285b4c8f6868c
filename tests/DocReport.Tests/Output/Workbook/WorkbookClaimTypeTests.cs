using ClosedXML.Excel;
using DocReport.Output.Workbook;
using DocReport.Pipeline;

namespace DocReport.Tests.Output.Workbook;

/// <summary>The claim types an analyst filters on in the workbook's Claims sheet, for an article converted whole (round 32).</summary>
public sealed class WorkbookClaimTypeTests
{
    private const string Article = """
        Harbour fares climb again

        The harbour board charges yacht owners $14 an hour for a berth at the north quay, and 3,000 boats a year pay it.

        The last ferry left the north quay at 10:41 p.m. with 212 passengers and 40 cars on board.

        The newer boats now carry 62 percent of the island's freight, a higher share than in 2019.
        """;

    private static IReadOnlyDictionary<string, string> TypesByClaimText()
    {
        var result = new PipelineBuilder().Build().Convert(new SourceFile("harbour.txt", System.Text.Encoding.UTF8.GetBytes(Article)));
        using var folder = new TempFolder();
        new WorkbookWriter().Write(result.Dataset!, folder.Path);
        using var workbook = new XLWorkbook(new MemoryStream(File.ReadAllBytes(folder.File("dataset.xlsx"))));
        return workbook.Worksheet("Claims").Tables.Single().DataRange.Rows()
            .ToDictionary(r => r.Field("text").GetString(), r => r.Field("types").GetString());
    }

    [Fact]
    public void A_rate_per_hour_or_per_year_is_a_statistic_and_not_a_time()
    {
        var types = TypesByClaimText().Single(t => t.Key.Contains("an hour", StringComparison.Ordinal)).Value;
        Assert.Contains("statistic", types);
        Assert.DoesNotContain("temporal", types);
    }

    [Fact]
    public void A_clock_time_places_the_fact_in_time_and_counts_nothing()
    {
        var types = TypesByClaimText().Single(t => t.Key.Contains("10:41", StringComparison.Ordinal)).Value;
        Assert.Contains("temporal", types);
        // the passengers and cars are still counted
        Assert.Contains("statistic", types);
    }

    [Fact]
    public void A_comparison_without_than_is_comparative()
    {
        var types = TypesByClaimText().Single(t => t.Key.Contains("newer boats", StringComparison.Ordinal)).Value;
        Assert.Contains("comparative", types);
    }
}
