using DocReport.Layout;
using DocReport.Model;
using DocReport.Structure;
using DocReport.Validation;
using static DocReport.Tests.Validation.DatasetFixture;

namespace DocReport.Tests.Validation;

public class ScriptsWithoutFontTests
{
    private const string Thai = "รัฐบาลประกาศมาตรการใหม่ในวันจันทร์";

    private static ArticleDataset ThaiArticle() => Laid("Bangkok budget", [.. Body[0], Thai]);

    /// <summary>Validates with fonts that lack Thai, or have everything.</summary>
    private static IReadOnlyList<ValidationIssue> Validate(ArticleDataset dataset, bool thaiInstalled)
    {
        IReadOnlyList<UncoveredScript> Uncovered(string text) =>
            thaiInstalled ? [] : [new UncoveredScript("Thai", text.Count(c => c is >= '\u0E00' and <= '\u0E7F'), "ร")];
        return new DatasetValidator(new ArticleDatasetValidator(BoilerplateFilter.Default, Uncovered)).Validate(dataset);
    }

    [Fact]
    public void A_script_no_installed_font_draws_is_a_warning_naming_it_with_an_example_and_what_to_install()
    {
        var issue = Assert.Single(Validate(ThaiArticle(), thaiInstalled: false), i => i.Code == ValidationCodes.ScriptWithoutFont);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal("Text", issue.Location);
        Assert.Contains($"Thai ({Thai.Length} characters, e.g. 'ร')", issue.Message);
        Assert.Contains("boxes", issue.Message);
        Assert.Contains("fonts-noto-core", issue.Message);
    }

    [Fact]
    public void One_character_of_a_script_is_counted_in_the_singular()
    {
        IReadOnlyList<UncoveredScript> OneThaiLetter(string text) => [new UncoveredScript("Thai", 1, "ร")];
        var issues = new DatasetValidator(new ArticleDatasetValidator(BoilerplateFilter.Default, OneThaiLetter)).Validate(ThaiArticle());
        Assert.Contains("Thai (1 character, e.g. 'ร')", Assert.Single(issues, i => i.Code == ValidationCodes.ScriptWithoutFont).Message);
    }

    [Fact]
    public void Scripts_the_fonts_draw_give_no_warning() =>
        Assert.DoesNotContain(Validate(ThaiArticle(), thaiInstalled: true), i => i.Code == ValidationCodes.ScriptWithoutFont);

    [Fact]
    public void On_this_machine_a_thai_article_is_warned_about_exactly_when_no_font_has_thai()
    {
        var warned = new DatasetValidator().Validate(ThaiArticle()).Any(i => i.Code == ValidationCodes.ScriptWithoutFont);
        Assert.Equal(!InstalledFonts.Covers('ร'), warned);
    }
}
