using DocReport.Analysis;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// A person named in the possessive while someone else speaks ("went further than Mayor Lisa Park's 2015 interview"): the
/// attributions are given, so that resolution is tested alone, and one article goes through the whole analysis.
/// </summary>
public class PossessiveSourceTests
{
    private const string Recalled =
        "Council member Ann Cole said the budget was too small. Her remarks went further than Mayor Lisa Park's 2015 interview about the parks. She added that she would vote against the plan.";

    [Fact]
    public void She_after_a_possessive_recalling_an_earlier_interview_is_not_its_owner()
    {
        var resolved = Resolved(Recalled, Said(Recalled, "Council member Ann Cole", "said", "the budget was too small"),
            Said(Recalled, "Mayor Lisa Park's", "interview", "about the parks"), Said(Recalled, "She", "added", "that she would vote against the plan"));
        Assert.Equal("Lisa Park", Assert.Single(resolved[1]).Name);
        Assert.DoesNotContain(resolved[2], e => e.Name == "Lisa Park");
    }

    [Fact]
    public void She_after_a_possessive_report_with_no_one_else_speaking_is_its_owner()
    {
        const string text = "Mayor Lisa Park's statement on Monday defended the parks budget. She added that the city would borrow no money.";
        var resolved = Resolved(text, Said(text, "Mayor Lisa Park's", "statement", "defended the parks budget"),
            Said(text, "She", "added", "that the city would borrow no money"));
        Assert.Equal("Lisa Park", Assert.Single(resolved[1]).Name);
    }

    [Fact]
    public void A_possessive_after_someone_elses_cue_names_no_source()
    {
        const string text = "Ann Cole spoke with candor on Monday, delivering rebukes that outweighed even Queen Mary Holt's famous speech. She revealed that the council had been cold.";
        var resolved = Resolved(text, Said(text, "Ann Cole", "spoke", "with candor"), Said(text, "Queen Mary Holt's", "delivering", "rebukes"),
            Said(text, "She", "revealed", "that the council had been cold"));
        Assert.Empty(resolved[1]);
        Assert.DoesNotContain(resolved[2], e => e.Name == "Mary Holt");
    }

    [Fact]
    public void A_name_set_before_a_possessive_description_after_the_cue_is_still_a_source()
    {
        const string text = "“Keep calm,” instructed Ann Lee, the agency's district supervisor.";
        var resolved = Resolved(text, Said(text, "Ann Lee, the agency's", "instructed", "Keep calm"));
        Assert.NotEmpty(resolved[0]);
    }

    [Fact]
    public void He_after_a_senators_earlier_report_is_not_the_senator_in_a_whole_analysis()
    {
        var dataset = Analyzed.Of(
            "Nurse Tom Reyes told the inquiry the ward was short of staff. His account matched Senator Bob Hale's earlier report that the hospital had ignored the warnings for years. He said the ward had lost six nurses.");
        Assert.DoesNotContain("Bob Hale", dataset.SourceNamesOf(dataset.ClaimContaining("lost six nurses")));
    }

    private static IReadOnlyList<SourceEntry>[] Resolved(string text, params FoundAttribution[] found) =>
        SourceResolution.Resolve(ArticleFixture.Build(text), found).Resolved;

    private static FoundAttribution Said(string text, string source, string cue, string content) =>
        new(new Sentence("P1.S1", text, 0, text.Length), SpanOf(text, source), SpanOf(text, cue), SpanOf(text, content), SourcePhrase.Parse(source));

    private static Span SpanOf(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new Span(part, start, start + part.Length);
    }
}
