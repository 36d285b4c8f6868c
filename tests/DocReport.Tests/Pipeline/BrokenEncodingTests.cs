using System.Text;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Validation;

namespace DocReport.Tests.Pipeline;

/// <summary>Scraped text whose UTF-8 was once read as Windows-1252: names stay whole, and the user is told of the repair.</summary>
public class BrokenEncodingTests
{
    private const string Article = "Bridge to reopen in spring\n\nThe old river bridge will reopen in April, Mayor Inés Peña said on Monday. " +
        "“We are ready,” Peña told reporters.\n\nMarta González, who leads the residents’ group, said the work had taken too long.";

    private static ArticleDataset Convert(string text)
    {
        var result = new PipelineBuilder().Build().Convert(new SourceFile("bridge.txt", Encoding.UTF8.GetBytes(text)));
        Assert.True(result.Succeeded, result.Error);
        return result.Dataset!;
    }

    private static string Broken(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_broken_name_is_one_person_source_as_in_the_text_written_right()
    {
        var right = Convert(Article);
        var repaired = Convert(Broken(Article));

        Assert.Equal(right.Text, repaired.Text);
        Assert.Equal(right.Sources.Select(s => (s.Name, s.Kind)), repaired.Sources.Select(s => (s.Name, s.Kind)));
        Assert.Contains(repaired.Sources, s => s is { Name: "Inés Peña", Kind: SourceKind.Person });
    }

    [Fact]
    public void Only_the_repaired_text_carries_the_repair_warning()
    {
        Assert.DoesNotContain(Convert(Article).Validation, v => v.Code == ValidationCodes.TextRepaired);
        Assert.Contains(Convert(Broken(Article)).Validation, v => v.Code == ValidationCodes.TextRepaired && v.Severity == Severity.Warning);
    }
}
