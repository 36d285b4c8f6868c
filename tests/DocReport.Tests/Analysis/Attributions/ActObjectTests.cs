namespace DocReport.Tests.Analysis.Attributions;

public class ActObjectTests
{
    [Theory]
    [InlineData("Senator Maria Okafor declared her candidacy in a crowded race two weeks before the primary.")]
    [InlineData("Governor Paul Ridley announced a resignation in early May and then backed his deputy for the post.")]
    [InlineData("Councilwoman Dana Pruitt posted pictures of the flooded underpass on her campaign page.")]
    [InlineData("Marta Quill called the fire department while she was driving to the warehouse.")]
    [InlineData("Mayor Colin Reyes called the police after the meeting ended.")]
    [InlineData("Dr. Henrik Solberg wrote the scheduling software for the regional clinics in 2019.")]
    [InlineData("A festival organizer, short of time, wrote his own title that changed the theme of the evening.")]
    [InlineData("Shipping magnate Arne Dahl wrote a $250,000 check to a political committee backing the harbor levy.")]
    [InlineData("Investor Lena Frost wrote a £40,000 cheque to the council campaign in March.")]
    public void A_speech_verb_with_a_noun_object_naming_an_act_or_a_callee_cites_no_one(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Empty(dataset.Sources);
        Assert.All(dataset.Claims, c => Assert.Empty(c.SourceIds));
    }

    [Theory]
    [InlineData("Governor Paul Ridley announced that the bridge would reopen in June.", "Paul Ridley")]
    [InlineData("Governor Paul Ridley announced the bridge in Dover will reopen in June.", "Paul Ridley")]
    [InlineData("Councilwoman Dana Pruitt posted a statement on the flooding late on Sunday.", "Dana Pruitt")]
    [InlineData("Governor Paul Ridley declared a curfew across the eastern districts on Sunday.", "Paul Ridley")]
    [InlineData("Senator Mae Orton called the proposal reckless in a speech on Monday.", "Mae Orton")]
    [InlineData("Senator Ada Finch called the proposal a costly mistake.", "Ada Finch")]
    [InlineData("Senator Tess Obi called it a disgrace.", "Tess Obi")]
    [InlineData("Senator Bea Lund called for a review of the contract.", "Bea Lund")]
    [InlineData("Senator Ida Moss wrote that the proposal would raise rents.", "Ida Moss")]
    [InlineData("Senator Nell Ruiz wrote in a letter to the board that the vote was rushed.", "Nell Ruiz")]
    [InlineData("“The vote was rushed,” Senator Cora Vance wrote in a note to staff.", "Cora Vance")]
    [InlineData("Rep. Gil Marsh wrote the county clerk that the ballots had been counted twice.", "Gil Marsh")]
    [InlineData("Senator Lia Park replied she would not seek a third term.", "Lia Park")]
    [InlineData("“It was hard to convince them,” Omar Haddad wrote me.", "Omar Haddad")]
    [InlineData("Senator Ula Brandt wrote a 2,000-word letter to the board about the vote.", "Ula Brandt")]
    public void A_that_clause_a_clause_a_naming_or_a_message_after_the_verb_still_reports(string sentence, string speaker)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Contains(dataset.Sources, s => s.Name == speaker);
    }

    [Fact]
    public void A_quotation_elsewhere_in_the_sentence_does_not_make_writing_a_thing_a_report()
    {
        var dataset = Analyzed.Of("Ines Varga, who coined the phrase “quiet quitting,” later led the team that wrote the billing software for the city.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("team"));
    }

    [Fact]
    public void An_action_told_as_hearsay_cites_no_one_but_hearsay_speech_still_cites_its_speaker()
    {
        var acted = Analyzed.Of("Tomas Reyna, the guide, was last seen on Friday. He reportedly directed the hikers to wait near the ridge.");
        Assert.DoesNotContain(acted.Sources, s => s.Name == "Tomas Reyna");
        var told = Analyzed.Of("The guide, Tomas Reyna, reportedly said that the ridge was unsafe.");
        Assert.Contains(told.Sources, s => s.Name == "Tomas Reyna");
    }
}
