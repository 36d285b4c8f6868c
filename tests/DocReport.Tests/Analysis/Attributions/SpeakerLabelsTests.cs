using DocReport.Tests.Analysis;
using DocReport.Model;

namespace DocReport.Tests.Analysis.Attributions;

public class SpeakerLabelsTests
{
    // The attributions whose cue is a turn's colon and that name a source.
    private static List<Attribution> Turns(ArticleDataset dataset) =>
        dataset.Attributions.Where(a => a.Cue.Text == ":" && dataset.NamesItsSource(a)).ToList();

    [Fact]
    public void Transcript_turns_name_their_speakers()
    {
        var dataset = Analyzed.Of(
            "Mayor answers questions on local radio",
            "The mayor spoke to a local station on Sunday. Part of the interview follows.",
            "\"HOST: Will you stand for a third term next spring?",
            "\"MAYOR: I will not. The city needs new faces at the top.",
            "\"HOST: Who do you back to replace you?",
            "\"MAYOR: Nobody yet, and I will stay out of the primary.");
        var turns = Turns(dataset);
        Assert.Equal(["HOST", "MAYOR", "HOST", "MAYOR"], turns.Select(a => a.Source.Text));
        Assert.Equal([dataset.SourceOf(turns[1]).Name], dataset.SpeakersOf("new faces at the top"));
        Assert.Equal("I will not. The city needs new faces at the top.", turns[1].Content.Text);
        Assert.Equal(dataset.SourceOf(turns[1]).Name, Assert.Single(dataset.SourceNamesOf(dataset.ClaimContaining("new faces at the top"))));
        Assert.Equal(dataset.SourceOf(turns[2]).Name, Assert.Single(dataset.SourceNamesOf(dataset.ClaimContaining("replace you"))));
    }

    [Fact]
    public void Turns_labelled_in_capitalised_words_go_on_over_the_paragraphs_up_to_the_next_turn()
    {
        var dataset = Analyzed.Of(
            "Five questions for a harbour engineer",
            "The Coast Weekly put five questions to Ines Varga, who designs sea walls. Her answers follow.",
            "The Coast Weekly: Why do old sea walls fail first at their ends?",
            "Ines Varga: The ends take the waves at an angle. The water digs under the stones there long before it reaches the middle.",
            "Most towns only repair what they can see from the promenade.",
            "The Coast Weekly: What should a small town do with a tight budget?",
            "Ms Varga: Survey the toe of the wall every spring and fill the holes before the winter storms arrive.");
        var turns = Turns(dataset);
        Assert.Equal(["The Coast Weekly", "Ines Varga", "The Coast Weekly", "Ms Varga"], turns.Select(a => a.Source.Text));
        var varga = dataset.SourceOf(turns[1]).Name;
        Assert.Equal([varga], dataset.SpeakersOf("The water digs under the stones"));
        Assert.Equal([varga], dataset.SpeakersOf("Most towns only repair"));
        Assert.Equal([varga], dataset.SpeakersOf("Survey the toe of the wall"));
    }

    [Fact]
    public void Turns_labelled_by_the_given_names_of_people_the_lead_introduces_are_theirs_up_to_the_interviewer_s_next_question()
    {
        var dataset = Analyzed.Of(
            "How a village bakery went solar",
            "Greta Lindholm, who runs the ovens, and Tomas Pekkala, who keeps the books, moved the bakery to solar power last year. We asked them how.",
            "Greta: The ovens were the hard part. They draw more power at dawn than the roof makes before noon.",
            "So we bake the rye the evening before now.",
            "Tomas: The batteries paid for themselves in two winters. Nobody at the bank believed that figure.",
            "What would you tell another bakery?",
            "Greta: Start with the freezers, not the ovens. The freezers run all night.");
        Assert.Equal(["Greta Lindholm"], dataset.SpeakersOf("They draw more power at dawn"));
        Assert.Equal(["Greta Lindholm"], dataset.SpeakersOf("we bake the rye"));
        Assert.Equal(["Tomas Pekkala"], dataset.SpeakersOf("Nobody at the bank"));
        Assert.Empty(dataset.SpeakersOf("What would you tell another bakery?"));
    }

    [Fact]
    public void One_word_labels_the_text_never_introduced_as_people_are_no_turns()
    {
        var dataset = Analyzed.Of(
            "How a village bakery went solar",
            "Greta Lindholm, who runs the ovens, moved the bakery to solar power last year with a loan from the county.",
            "Ovens: The two old ovens draw more power at dawn than the roof makes before noon.",
            "Batteries: The batteries paid for themselves in two winters, the bakery's books show.",
            "Ovens: A third oven, bought second hand in March, runs only on Saturdays and feast days.");
        Assert.DoesNotContain(dataset.Attributions, a => a.Cue.Text == ":");
    }

    // a tally of names and numbers is no transcript: the line after a count is nobody's
    [Fact]
    public void A_tally_of_names_and_numbers_is_no_transcript()
    {
        var dataset = Analyzed.Of("The count in the north", "Our reporter followed the count.", "Anna Berg: 1,204.", "Tomas Lind: 988.",
            "The first count ended at midnight on Sunday, and the recount of the postal votes starts in the morning.", "Berg: 311.", "Lind: 97.");
        Assert.Empty(dataset.SpeakersOf("the recount of the postal votes"));
    }

    // furniture labels in capitalised words, one of them twice, name no one
    [Fact]
    public void Capitalised_furniture_labels_name_no_source()
    {
        var dataset = Analyzed.Of("The count and the council", "Our reporter followed the week's news.",
            "Update: The council voted again on Friday and kept the new bus lanes in the old town.",
            "Update: The lanes open in March, a month later than the council had planned.",
            "Correction: An earlier version of this story gave the wrong month for the opening.");
        Assert.DoesNotContain(dataset.Attributions, a => a.Source.Text is "Update" or "Correction");
    }

    // a lone "UPDATE:" and "CORRECTION:" answer no one; an interview's "Q:" and "A:" name nobody
    [Theory]
    [InlineData("UPDATE: The council voted again on Friday and kept the new bus lanes.", "The lanes open in March, a month later than planned.",
        "CORRECTION: An earlier version of this story gave the wrong month.")]
    [InlineData("Q: What will change first at the docks?", "A: The night shifts. Crews have worked too many of them.", "Q: And the fees for shippers?",
        "A: They stay where they are this year.")]
    public void Labels_that_are_no_speakers_name_no_source(params string[] paragraphs)
    {
        var dataset = Analyzed.Of(["The port and the council", "Our reporter followed the week's news.", .. paragraphs]);
        Assert.DoesNotContain(dataset.Attributions, a => a.Source.Text is "UPDATE" or "CORRECTION" or "Q" or "A");
    }

    // run-in headings that share a word but never take turns: a list's entries, a paper's end matter
    [Theory]
    [InlineData("Daily Need: Things you use every day, such as a kettle, a coat and a good pair of boots.",
        "Weekly Need: Things you use each week or so, and could borrow from a neighbour when you must.",
        "Seasonal Want: Things you like to have for the summer, such as a paddling pool for the garden.",
        "Someday Want: Things you keep for a day that never comes, such as a second blender.")]
    [InlineData("Funding Sources: The survey of the moor was paid for by the county's water board and two walking clubs.",
        "Author Conflicts: Two of the surveyors are members of one of the walking clubs named above.",
        "Reviewer Conflicts: None of the reviewers reported any tie to the clubs or to the water board.")]
    public void Run_in_headings_that_share_a_word_are_no_transcript(params string[] paragraphs)
    {
        var dataset = Analyzed.Of(["Sorting the cupboard", "A tidy house starts with three piles.", .. paragraphs]);
        Assert.Empty(Turns(dataset));
    }

    [Fact]
    public void A_quotation_signed_under_it_is_the_signer_s_and_not_the_one_before_s()
    {
        var dataset = Analyzed.Of(
            "What readers told us about the new park",
            "We asked readers what they think of the park that opened last week.",
            "“The playground is the best thing to happen to our block in years.” ― Ana Ruiz",
            "“There is no shade at all. Who planned this?”\u00a0― Bo T. Lee.");
        var ruiz = dataset.AttributionFrom("Ana Ruiz");
        Assert.Equal("―", ruiz.Cue.Text);
        Assert.Equal("“The playground is the best thing to happen to our block in years.”", ruiz.Content.Text);
        var lee = dataset.AttributionFrom("Bo T. Lee");
        Assert.Equal([dataset.SourceOf(lee).Name], dataset.SourceNamesOf(dataset.ClaimContaining("no shade")));
        Assert.Equal([dataset.SourceOf(lee).Name], dataset.SourceNamesOf(dataset.ClaimContaining("Who planned this?")));
    }
}
