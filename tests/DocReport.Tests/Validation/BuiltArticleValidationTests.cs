using DocReport.Model;
using DocReport.Structure;
using DocReport.Validation;

namespace DocReport.Tests.Validation;

/// <summary>What validation says about articles as the Structure stage builds them.</summary>
public class BuiltArticleValidationTests
{
    private const string Sha = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

    private static IReadOnlyList<ValidationIssue> BuildAndValidate(params string[] blocks)
    {
        var raw = new RawDocument("page.txt", InputFormat.Text, Sha, new DocumentMetadata(),
            blocks.Select(b => new Block(BlockKind.Paragraph, b)).ToList());
        var article = new ArticleBuilder().Build(raw).Value!;
        return new DatasetValidator().Validate(ArticleDataset.From(article));
    }

    [Fact]
    public void A_scraped_article_built_by_the_structure_stage_passes()
    {
        var issues = BuildAndValidate(
            "top of page",
            "River Levels Fall After a Week of Floods",
            "Water levels on the river fell on Sunday for the first time in a week, the\nEnvironment Agency said. Around 300 homes were evacuated in the worst-hit\ntowns, and 40 schools stayed closed on Friday.",
            "Share this article",
            "Engineers will inspect the flood barriers before residents return. Dr. Amal\nHussain, who leads the team, said the inspections would take about 10 days\nand that the barriers had held better than in 2015.",
            "Insurers estimate the damage at 25 million pounds, though the figure may rise as claims arrive.",
            "bottom of page");

        Assert.Empty(issues);
    }

    [Fact]
    public void A_page_of_furniture_only_fails_for_want_of_paragraphs_and_is_titled_by_its_file_name()
    {
        var issues = BuildAndValidate("top of page", "Skip to main content", "Home | News | Sport", "bottom of page");

        Assert.Equal([ValidationCodes.ParagraphsMissing], issues.Where(i => i.Severity == Severity.Error).Select(i => i.Code));
        Assert.Contains(issues, i => i.Code == ValidationCodes.TitleDerived && i.Severity == Severity.Warning && i.Message.Contains("file name"));
    }

    [Fact]
    public void Text_whose_first_line_is_a_sentence_is_converted_with_a_warning_instead_of_refused()
    {
        var issues = BuildAndValidate(
            "Water levels on the river fell on Sunday for the first time in a week, the Environment Agency said.",
            "Around 300 homes were evacuated in the worst-hit towns, and 40 schools stayed closed on Friday.");

        Assert.DoesNotContain(issues, i => i.Severity == Severity.Error);
        var derived = Assert.Single(issues, i => i.Code == ValidationCodes.TitleDerived);
        Assert.Equal("Document.Title", derived.Location);
        Assert.Contains("first sentence", derived.Message);
    }

    [Fact]
    public void Repaired_characters_are_reported_as_a_warning()
    {
        var raw = new RawDocument("page.txt", InputFormat.Text, Sha, new DocumentMetadata(),
            [new Block(BlockKind.Paragraph, "The mayor, Inés Peña, opened the bridge on Monday after two years of work.")]) { RepairedCharacters = 2 };
        var issues = new DatasetValidator().Validate(ArticleDataset.From(new ArticleBuilder().Build(raw).Value!));
        var warning = Assert.Single(issues, i => i.Code == ValidationCodes.TextRepaired);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("2 character(s)", warning.Message);
    }
}
