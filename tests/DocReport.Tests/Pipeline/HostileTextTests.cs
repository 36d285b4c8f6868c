using System.Text;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Validation;

namespace DocReport.Tests.Pipeline;

/// <summary>Characters that are not text (noncharacters, NUL) never crash a conversion nor lose the document.</summary>
public class HostileTextTests
{
    private const string Body = "The council said the budget rose by 5 percent in 2023, the largest rise in a decade. Officials expect a smaller rise next year.";

    private static ConversionResult Convert(string name, byte[] bytes) => new PipelineBuilder().Build().Convert(new SourceFile(name, bytes));

    private static ArticleDataset ConvertOk(string name, string text)
    {
        var result = Convert(name, Encoding.UTF8.GetBytes(text));
        Assert.True(result.Succeeded, result.Error);
        return result.Dataset!;
    }

    [Theory]
    [InlineData("a.txt", "Budget \uFFFE Rises\n\n" + Body + "\uFFFF")]
    [InlineData("a.md", "# Budget \uFFFE Rises\n\n" + Body + " \uFDD0 **done**")]
    [InlineData("a.html", "<html><head><title>Budget &#xFFFE; Rises</title></head><body><article><h1>Budget &#xFFFE; Rises</h1><p>" + Body + " &#xFFFF; &#x1FFFE;</p></article></body></html>")]
    public void Noncharacters_in_title_and_text_become_replacement_characters_that_validation_reports(string name, string content)
    {
        var dataset = ConvertOk(name, content);

        Assert.Equal("Budget \uFFFD Rises", dataset.Document.Title);
        Assert.Contains("budget rose by 5 percent", dataset.Text);
        Assert.Contains(dataset.Validation, v => v.Code == ValidationCodes.ReplacementCharacters);
    }

    [Fact]
    public void One_stray_nul_byte_does_not_make_a_text_file_binary()
    {
        var dataset = ConvertOk("a.txt", "Budget Rises\n\nThe council\0 said the budget rose by 5 percent in 2023.");

        Assert.Contains("The council said the budget", dataset.Text);
    }

    [Fact]
    public void Text_with_many_zero_bytes_is_still_binary()
    {
        var bytes = Encoding.UTF8.GetBytes("Budget Rises\n\n" + string.Join("\0", Body.Split(' ')));

        Assert.Contains("binary file", Convert("a.txt", bytes).Error);
    }
}
