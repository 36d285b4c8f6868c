using DocReport.Bench.FieldEval.Matching;

namespace DocReport.Tests.Bench.FieldEval;

// bench/FieldEval finds each gold sentence among DocReport's sentences by its first twelve words; a sentence it cannot
// find counts as lost, so the rule decides every other field figure. The sentences are made up.
public sealed class SentenceMatcherTests
{
    [Fact]
    public void Curly_quotes_dashes_spacing_and_case_do_not_stop_a_match()
    {
        string[] output = ["The harbour board said on Monday that “ferry fares” will rise — by a tenth — in\u00a0May."];
        var matches = SentenceMatcher.Match(["the Harbour board said on Monday that \"ferry fares\" will rise - by"], output);
        Assert.Equal([0], matches);
    }

    [Fact]
    public void A_sentence_cut_early_by_the_splitter_matches_at_a_word_end_only()
    {
        string[] output = ["Officials at the St.", "Officials at the Sta"];
        Assert.Equal([0], SentenceMatcher.Match(["Officials at the St. Mary's clinic said the wing would close in"], output));
        Assert.Equal([-1], SentenceMatcher.Match(["Officials at the Station Road depot said the buses would run late"], ["Officials at the Sta"]));
    }

    [Fact]
    public void Two_sentences_the_splitter_joined_give_the_first_only_and_the_second_is_reported_lost()
    {
        string[] output = ["The bridge opened in 1998. It carries a thousand cars a day.", "Tolls were dropped in 2010."];
        var matches = SentenceMatcher.Match(["The bridge opened in 1998.", "It carries a thousand cars a day.", "Tolls were dropped in 2010."], output);
        Assert.Equal([0, -1, 1], matches);
    }

    [Fact]
    public void Matching_runs_in_order_so_a_repeated_opening_takes_the_next_occurrence()
    {
        string[] output = ["The mayor said the plan was sound.", "Rain fell all week.", "The mayor said the plan was sound, again."];
        var matches = SentenceMatcher.Match(["Rain fell all week.", "The mayor said the plan was sound"], output);
        Assert.Equal([1, 2], matches);
    }

    [Fact]
    public void The_first_eight_words_suffice_when_the_rest_of_the_anchor_differs()
    {
        string[] output = ["Residents of the valley were told to boil their water until Friday, the utility said."];
        var matches = SentenceMatcher.Match(["Residents of the valley were told to boil their tap water until"], output);
        Assert.Equal([0], matches);
    }
}
