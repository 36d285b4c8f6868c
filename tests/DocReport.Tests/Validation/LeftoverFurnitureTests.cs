using DocReport.Model;
using DocReport.Validation;
using static DocReport.Tests.Validation.DatasetFixture;

namespace DocReport.Tests.Validation;

/// <summary>The leftover-furniture warning, on the clutter real pages leave inside paragraphs.</summary>
public class LeftoverFurnitureTests
{
    private const string Body = "The council approved the budget on Monday after a long debate about the harbour.";

    [Theory]
    [InlineData("Image copyright Getty Images")]
    [InlineData("1of4Grass Valley's fire crews at work on the ridge. Photo: Jane Roe/Agency")]
    [InlineData("Phil Helsel is a reporter for NBC News.")]
    [InlineData("Loading content ...")]
    [InlineData("Then, click Preferences.")]
    [InlineData("Jeff Foust — November 18, 2019")]
    [InlineData("Related Coverage")]
    [InlineData("À lire aussi : les chiffres du chômage")]
    [InlineData("C\u043Entinue re\u0430ding")]
    public void Fires_when_a_furniture_line_reaches_the_dataset_as_a_paragraph(string furniture)
    {
        var issues = new DatasetValidator().Validate(Laid("Harbour budget approved", [Body], [furniture]));
        var warning = Assert.Single(issues, i => i.Code == ValidationCodes.FurnitureLeftover);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("Paragraphs[1].Text", warning.Location);
    }

    [Fact]
    public void Fires_on_a_furniture_sentence_inside_an_article_paragraph()
    {
        var issues = new DatasetValidator().Validate(Laid("Harbour budget approved", [Body, "Phil Helsel is a reporter for NBC News."]));
        Assert.Contains(issues, i => i.Code == ValidationCodes.FurnitureLeftover);
    }

    [Fact]
    public void Stays_quiet_on_article_paragraphs()
    {
        var issues = new DatasetValidator().Validate(Laid("Harbour budget approved",
            [Body, "The photo was taken by a resident who asked not to be named, the police said on Monday."],
            ["Prices rose 4.5% in the year to March 2024, the statistics office said."]));
        Assert.DoesNotContain(issues, i => i.Code == ValidationCodes.FurnitureLeftover);
    }

    [Fact]
    public void Stays_quiet_on_the_short_rows_of_a_table()
    {
        var laid = Laid("Harbour budget approved", [Body], ["Commune\tPopulation", "Sainte-Marie\t77\t\t", "Le Port\t32,000"]);
        var dataset = laid with { Paragraphs = [laid.Paragraphs[0], laid.Paragraphs[1] with { Kind = BlockKind.Table }] };
        Assert.DoesNotContain(new DatasetValidator().Validate(dataset), i => i.Code == ValidationCodes.FurnitureLeftover);
        Assert.Contains(new DatasetValidator().Validate(laid), i => i.Code == ValidationCodes.FurnitureLeftover);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("0001-01-01")]
    [InlineData("2024-02-30")]
    [InlineData("yesterday")]
    public void A_default_or_impossible_published_date_is_an_error(string published)
    {
        var dataset = Valid() with { Document = Valid().Document with { Published = published } };
        var issue = Assert.Single(new DatasetValidator().Validate(dataset), i => i.Code == ValidationCodes.PublishedInvalid);
        Assert.Equal(Severity.Error, issue.Severity);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2025-03-08")]
    [InlineData("2025-03-08T10:15:00+01:00")]
    public void A_real_date_or_none_passes(string? published)
    {
        var dataset = Valid() with { Document = Valid().Document with { Published = published } };
        Assert.DoesNotContain(new DatasetValidator().Validate(dataset), i => i.Code == ValidationCodes.PublishedInvalid);
    }
}
