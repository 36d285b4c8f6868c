using DocReport.Analysis.Attributions;

namespace DocReport.Tests.Analysis;

/// <summary>
/// Round 28: verbs of saying PolNeAR train's annotators mark as cues that the lexicon did not read as reports ("adding", "talked
/// about", "reminded", "assured", "spoke to"): a cue with one of them reports what its subject said; a negated or yet-to-be-said
/// one, a passive one ("were reminded") and a word that is no verb of saying ("pleaded guilty", "peace talks" as a subject) do not;
/// nor does a base form ("men talk about sports": after a plural, as often a generic) or "repeated" (as often an adjective).
/// </summary>
public class SpeechVerbCueTests
{
    [Theory]
    [InlineData("adding", true)]
    [InlineData("talked about", true)]
    [InlineData("has discussed", true)]
    [InlineData("reminded", true)]
    [InlineData("assured", true)]
    [InlineData("spoke to", true)]
    [InlineData("answered", true)]
    [InlineData("hinted", true)]
    [InlineData("underscored", true)]
    [InlineData("did not discuss", false)]
    [InlineData("refused to answer", false)]
    [InlineData("were reminded", false)]
    [InlineData("was assured", false)]
    [InlineData("pleaded", false)]
    [InlineData("referred to", false)]
    [InlineData("repeated", false)]
    [InlineData("talk about", false)]
    [InlineData("speak", false)]
    public void A_verb_of_saying_reports_unless_negated_unsaid_or_passive(string cue, bool reports) =>
        Assert.Equal(reports, ReportingCues.Reports(cue));

    [Fact]
    public void What_a_speaker_adds_is_theirs()
    {
        var dataset = Analyzed.Of(
            "The harbour at Penmoor reopened on Monday after a month of repairs.",
            "Harbour master Ines Calloway praised the work of the crews, adding the new wall would protect the boats for decades.");
        Assert.Contains("Ines Calloway", dataset.SourceNamesOf(dataset.ClaimContaining("protect the boats")));
    }

    [Fact]
    public void A_reminder_with_a_that_clause_is_the_speakers()
    {
        var dataset = Analyzed.Of(
            "The library on Quay Street will close for repairs in June.",
            "Councillor Dara Holm reminded residents that the mobile library would visit the square every Tuesday.");
        Assert.Contains("Dara Holm", dataset.SourceNamesOf(dataset.ClaimContaining("visit the square")));
    }

    [Fact]
    public void A_plea_in_court_cites_no_one()
    {
        var dataset = Analyzed.Of(
            "A van driver appeared at Penmoor magistrates' court on Friday.",
            "The driver pleaded guilty to careless driving on the coast road last winter.");
        Assert.Empty(dataset.SpeakersOf("careless driving"));
    }

    [Fact]
    public void Talks_as_a_noun_cite_no_one()
    {
        var dataset = Analyzed.Of(
            "Two ferry firms have argued over the Penmoor route for a year.",
            "Peace talks between the firms resumed in a hotel near the harbour on Tuesday.");
        Assert.Empty(dataset.SpeakersOf("resumed in a hotel"));
    }
}
