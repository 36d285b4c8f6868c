using DocReport.Bench.FieldEval;
using DocReport.Bench.FieldEval.Gold;
using DocReport.Bench.FieldEval.Matching;
using DocReport.Bench.FieldEval.Scoring;

namespace DocReport.Tests.Bench.FieldEval;

// How bench/FieldEval judges the sources DocReport lists against a judge's list. The names are made up.
public sealed class SourceScoreTests
{
    private static readonly GoldSource Minister = new("Jo Marlow", "person", ["the minister"]);
    private static readonly GoldSource Ministry = new("the Ministry of Transport", "government", ["the ministry"]);
    private static readonly GoldSource Officials = new("unnamed senior officials", "person", []);

    [Theory]
    [InlineData("Marlow", "Words")]
    [InlineData("Minister", "Exact")]
    [InlineData("Jo Marlow's", "Exact")]
    [InlineData("Joe Marlow", "None")]
    [InlineData("Jo", "None")]
    public void A_name_matches_by_its_words_with_the_same_last_word(string output, string expected) =>
        Assert.Equal(expected, SourceNames.Match(output, Minister.Names).ToString());

    [Fact]
    public void Unnamed_sources_match_a_shorter_description_with_the_same_head_word()
    {
        Assert.Equal(NameMatch.Words, SourceNames.Match("unnamed officials", Officials.Names));
        Assert.Equal(NameMatch.Words, SourceNames.Match("a senior official's", ["unnamed senior official"]));
        Assert.Equal(NameMatch.None, SourceNames.Match("unnamed officials", Ministry.Names));
    }

    [Fact]
    public void A_qualified_name_is_matched_by_its_head_noun_before_the_first_preposition()
    {
        Assert.Equal(NameMatch.Words, SourceNames.Match("unnamed spokesman", ["unnamed spokesman for the harbour board"]));
        Assert.Equal(NameMatch.Words, SourceNames.Match("Transport Ministry", Ministry.Names));
        Assert.Equal(NameMatch.None, SourceNames.Match("unnamed board", ["unnamed spokesman for the harbour board members"]));
    }

    [Fact]
    public void A_paper_from_a_body_is_the_paper_by_it()
    {
        Assert.Equal(NameMatch.Exact, SourceNames.Match("12-page audit from Harbour Board", ["12-page audit by the Harbour Board"]));
        Assert.Equal(NameMatch.Exact, SourceNames.Match("letter by the governor", ["letter from governor"]));
        Assert.Equal(NameMatch.None, SourceNames.Match("12-page audit from Harbour Board", ["12-page audit by the Port Authority"]));
    }

    [Theory]
    [InlineData("unnamed commenter", "person", "unnamed forum commenters", "person")]
    [InlineData("unnamed lawmakers", "person", "Many lawmakers", "person")]
    [InlineData("unnamed tenants", "person", "a number of other tenants", "person")]
    [InlineData("unnamed voters", "person", "unnamed rural voters, farm owners and union members", "person")]
    [InlineData("unnamed owners", "person", "unnamed rural voters, farm owners and union members", "person")]
    [InlineData("Cohort studies", "document", "unnamed cohort studies using national registries", "document")]
    [InlineData("unnamed police", "government", "unnamed police officials", "government")]
    [InlineData("unnamed harbour board spokesman", "government", "the harbour board", "government")]
    public void Two_descriptions_of_one_unnamed_group_match_by_their_head_noun(string output, string outputKind, string gold, string goldKind) =>
        Assert.Equal(NameMatch.Group, SourceNames.Match(new OutputSource("S1", output, outputKind), new GoldSource(gold, goldKind, [])));

    [Theory]
    [InlineData("unnamed police officials", "government", "unnamed health officials", "government")]
    [InlineData("unnamed police", "government", "unnamed health officials", "government")]
    [InlineData("unnamed farmers", "person", "unnamed rural voters, farm owners and union members", "person")]
    [InlineData("unnamed spokesman for the mayor", "person", "unnamed spokesman for the governor", "person")]
    [InlineData("unnamed commenter", "person", "unnamed forum commenters", "organization")]
    [InlineData("unnamed lawmakers", "person", "Lawmakers United", "person")]
    [InlineData("unnamed residents", "person", "another", "person")]
    public void Different_groups_or_kinds_stay_apart(string output, string outputKind, string gold, string goldKind) =>
        Assert.Equal(NameMatch.None, SourceNames.Match(new OutputSource("S1", output, outputKind), new GoldSource(gold, goldKind, [])));

    [Fact]
    public void A_group_match_counts_a_speaker_sentence_right_and_a_word_match_wins_over_it()
    {
        var errors = new List<string>();
        GoldSource commenters = new("unnamed forum commenters", "person", []), commenter = new("unnamed commenter", "person", []);
        var score = SourceScore.Of([commenters, commenter], [new("S1", "unnamed commenter", "person")], errors);
        Assert.Equal(1, score.Right);
        Assert.Contains(errors, e => e.StartsWith("source missed: 'unnamed forum commenters'", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_listed_source_is_right_kind_wrong_duplicate_or_wrong()
    {
        var errors = new List<string>();
        OutputSource[] listed =
        [
            new("S1", "Jo Marlow", "person"),
            new("S2", "Marlow", "person"),
            new("S3", "Ministry of Transport", "organization"),
            new("S4", "click here", "document"),
        ];
        var score = SourceScore.Of([Minister, Ministry, Officials], listed, errors);
        Assert.Equal(new SourceScore(Listed: 4, Right: 1, KindWrong: 1, Duplicate: 1, Wrong: 1, Gold: 3, Found: 1, FoundByName: 2), score);
        Assert.Equal(0.25, score.Precision.Value);
        Assert.Equal(2.0 / 3, score.NameRecall.Value);
        Assert.Contains(errors, e => e.StartsWith("source missed: 'unnamed senior officials'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_match_goes_to_a_gold_source_not_yet_taken()
    {
        GoldSource elder = new("Ann Okafor", "person", []), younger = new("Ben Okafor", "person", []);
        var score = SourceScore.Of([elder, younger], [new("S1", "Ann Okafor", "person"), new("S2", "Okafor", "person")], []);
        Assert.Equal(0, score.Duplicate);
        Assert.Equal(2, score.Found);
    }
}
