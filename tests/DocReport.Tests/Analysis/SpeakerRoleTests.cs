using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>Who is the speaker and who only heard, was named or credited: patterns that gave claims to the wrong source on real pages.</summary>
public class SpeakerRoleTests
{
    [Fact]
    public void The_subject_of_a_passive_telling_heard_it_and_is_no_source()
    {
        var dataset = Analyzed.Of("The museum reopened on Monday after a week of repairs.", "Parents have been told for years to avoid giving foods containing peanuts to babies.");
        Assert.Empty(dataset.Sources);
        Assert.Empty(dataset.Claims[^1].SourceIds);
    }

    [Theory]
    [InlineData("So far this year, 212 Lutherans and two Mennonites were admitted to the programme, the records show.", "two Mennonites")]
    [InlineData("By noon, three fishermen had been reported missing off the northern cape.", "three fishermen")]
    [InlineData("Four senior managers were accused of hiding the losses from the board.", "Four senior managers")]
    [InlineData("Harold Brack is accused of setting fire to two barns outside the village last spring.", "Harold Brack")]
    public void The_subject_of_a_passive_report_was_acted_on_and_is_no_source(string sentence, string subject)
    {
        var dataset = Analyzed.Of("The harbour office published its weekly figures on Friday.", sentence);
        Assert.DoesNotContain(dataset.Sources, s => subject.EndsWith(s.Name, StringComparison.Ordinal));
        Assert.All(dataset.Claims[^1].SourceIds, id => Assert.DoesNotContain(subject, dataset.Sources.Single(s => s.Id == id).Name));
    }

    [Theory]
    [InlineData("He courted the farmers by telling them that the dam would double their harvests.", "the farmers", "telling", true)]
    [InlineData("He courted the farmers by telling them that the dam would double their harvests.", "the farmers by", "telling", true)]
    [InlineData("The farmers, speaking by telephone, said the dam would double their harvests.", "The farmers", "said", false)]
    public void Those_reached_by_telling_them_are_not_the_one_who_tells(string text, string source, string cue, bool reached)
    {
        Span Part(string part) => new(part, text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length);
        var content = Part("the dam would double their harvests");
        var found = new DocReport.Analysis.Attributions.FoundAttribution(new Sentence("P1.S1", text, 0, text.Length), Part(source), Part(cue), content, DocReport.Analysis.Sources.SourcePhrase.Parse(source));
        Assert.Equal(reached, DocReport.Analysis.Attributions.AttributionExtractor.ObjectBeforeByGerund(text, found));
    }

    [Fact]
    public void A_person_asked_about_something_is_still_the_one_a_later_pronoun_points_back_to()
    {
        var dataset = Analyzed.Of("Councillor Ruth Abney was asked about the missing $2,000 at the meeting on Tuesday.", "“I took nothing from anyone,” she said.");
        Assert.Equal(["Ruth Abney"], dataset.SpeakersOf("took nothing"));
    }

    [Fact]
    public void A_speaker_quoted_in_the_passive_is_still_the_source()
    {
        var dataset = Analyzed.Of("Mayor Ellen Vasquez was quoted as saying the bridge would reopen in May.");
        Assert.Contains(dataset.Sources, s => s.Name == "Ellen Vasquez");
    }

    [Theory]
    [InlineData("PLAN AHEAD Let's say a family expects a four-year degree to cost $160,000 in fees alone.")]
    [InlineData("Let us say the council borrows £2 million at 4 per cent over ten years.")]
    public void A_supposition_put_to_the_reader_is_no_report(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void Who_was_told_is_not_the_source_named_before()
    {
        var dataset = Analyzed.Of("Our sources say the dress was taken from her room.", "We're told there is security footage that cops are looking at.");
        Assert.Null(dataset.AttributionFrom("We're").SourceId);
    }

    [Fact]
    public void A_report_told_inside_a_hearsay_clause_names_its_own_speaker()
    {
        var dataset = Analyzed.Of("Our sources say Lupita told cops it was taken from her room sometime between 8 AM and 9 PM Wednesday.");
        var told = dataset.AttributionFrom("Lupita");
        Assert.Equal("told", told.Cue.Text);
        Assert.StartsWith("it was taken", told.Content.Text);
    }

    [Fact]
    public void A_credit_line_of_contributors_attributes_nothing()
    {
        var dataset = Analyzed.Of(
            "Roscosmos said the craft was operating normally before it stopped transmitting data.",
            "Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this report.");
        Assert.Equal("Roscosmos", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_closing_line_of_where_the_writers_reported_from_attributes_nothing()
    {
        var dataset = Analyzed.Of(
            "The harbour board said the pier would reopen in April.",
            "Tove Lindqvist reported from Oslo, and Ramon Ibarra from Lima.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Tove Lindqvist");
        Assert.Empty(dataset.SpeakersOf("reported from Oslo"));
    }

    [Theory]
    [InlineData("The group, called Night Owl Testing, which has been running “harm reduction” programs since 2001, is the first to run a testing service explicitly geared towards checking pills bought online.")]
    [InlineData("Now a Spanish charity is testing them. The group, called Clear Dose, which has run “safer use” programs since 1998, is the first to run such a service.")]
    public void A_description_given_its_name_in_an_apposition_says_nothing_there(string sentence)
    {
        var dataset = Analyzed.Of("Festival medics treated forty people last summer.", sentence);
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void A_body_that_informed_someone_of_something_reports_nothing_but_one_that_informed_them_that_does()
    {
        var notified = Analyzed.Of("The Dutch Government has informed the Belgian Government of the arrest of the two sailors.");
        Assert.Empty(notified.Sources);
        var told = Analyzed.Of("The Dutch Government has informed the Belgian Government that the two sailors will be released.");
        Assert.Contains(told.Sources, s => s.Name == "Dutch Government");
    }

    [Fact]
    public void A_name_given_to_a_thing_is_no_attribution()
    {
        var dataset = Analyzed.Of(
            "Multi-compartment models are considered to be the most accurate method of body composition assessment (3, 10).",
            "These models split the body into three or more parts. The most common assessments are called 3-compartment and 4-compartment models.");
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void A_person_who_has_been_given_a_name_is_no_source_of_the_sentence()
    {
        var dataset = Analyzed.Of("Ironically, the country's recently elected president, Rodrigo Duterte, has been called the \"Trump of the East\" for his statements.");
        Assert.Empty(dataset.Sources);
        Assert.Empty(Assert.Single(dataset.Claims).SourceIds);
    }

    [Theory]
    [InlineData("Instructional video: This video shows a Bod Pod assessment.")]
    [InlineData("Similar to hydrostatic weighing, air displacement plethysmography (ADP) estimates your body fat percentage based on the density of your body.")]
    public void A_thing_the_page_shows_or_a_method_is_no_source(string sentence)
    {
        var dataset = Analyzed.Of("Hydrostatic weighing is an accurate way to assess your body fat.", sentence);
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void A_video_the_text_cites_is_a_source_unlike_the_one_the_page_shows()
    {
        var dataset = Analyzed.Of("A video posted on YouTube showed that the minister said the plan would cost nothing.");
        Assert.Contains(dataset.Sources, s => s.Kind == SourceKind.Document);
    }

    [Fact]
    public void A_quotation_opened_with_a_straight_mark_and_closed_with_a_curly_one_is_its_own_speakers()
    {
        var dataset = Analyzed.Of(
            "“Perhaps because it's something that's easy for the housekeepers to forget to check,” Forrest Jones said.",
            "Hotel owners are still struggling to make a profit from those snacks. \"Minibars almost always lose money, even when they charge $10 for a Diet Coke,” Sharon said.");
        Assert.Equal(["Sharon"], dataset.SourceNamesOf(dataset.ClaimContaining("Minibars")));
    }

    [Fact]
    public void One_company_is_not_the_unnamed_companies_named_before()
    {
        var dataset = Analyzed.Of(
            "Still, with companies promising to restock inventory and cancel scalper orders, it's worth checking on their store pages now and then, which is where this page comes in.",
            "Alienware currently has a (fairly expensive) gaming desktop with an RTX 3090, and the company told PC Gamer that more configurations will be available soon.");
        Assert.Null(dataset.AttributionFrom("the company").SourceId);
    }

    [Fact]
    public void A_participle_before_to_in_a_headline_line_is_a_passive_not_a_report()
    {
        var dataset = Analyzed.Of(
            "Ferry links: Tallinn, Riga and Vilnius added to travel list",
            "Transport Secretary Ann Holm said the list would be reviewed every week.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Vilnius") || s.Name.Contains("Riga"));
    }
}
