using DocReport.Bench.FieldEval;

namespace DocReport.Tests.Bench.FieldEval;

// FieldEval's gates (check, dev3, rgate, wgate) are scored as a whole: their errors and articles are never shown, whatever else the
// command line says; a mistyped argument is named rather than ignored.
public class BenchArgumentsTests
{
    [Theory]
    [InlineData("--set", "check", "--errors")]
    [InlineData("--errors", "--set", "dev3")]
    [InlineData("--set", "rgate", "--article", "some-page")]
    [InlineData("--set", "wgate", "--errors")]
    [InlineData("--article", "some-page", "--set", "wgate")]
    public void A_gate_refuses_errors_and_single_articles(params string[] args)
    {
        var parsed = BenchArguments.Parse(args);

        Assert.NotNull(parsed.Problem);
        Assert.Contains("scored as a whole", parsed.Problem);
    }

    [Fact]
    public void A_readable_set_gives_its_errors_and_options()
    {
        var parsed = BenchArguments.Parse(["--set", "dev2", "--errors", "--article", "river-town", "--data", "/tmp/pages"]);

        Assert.Null(parsed.Problem);
        Assert.Equal(("dev2", true, "river-town", "/tmp/pages", "/work/data/trafilatura"), (parsed.Set, parsed.Errors, parsed.Article, parsed.Data, parsed.Trafilatura));
    }

    // dev4 (round 31): ten PolNeAR train articles read by hand, a readable set like dev2, not a gate
    [Fact]
    public void The_dev4_set_is_readable_and_not_a_gate()
    {
        var parsed = BenchArguments.Parse(["--set", "dev4", "--errors"]);

        Assert.Null(parsed.Problem);
        Assert.Equal(("dev4", true), (parsed.Set, parsed.Errors));
        Assert.False(BenchArguments.IsGate("dev4"));
    }

    // dev5 (round 43): twelve PolNeAR dev articles judged before any DocReport output of them was read; readable, not a gate
    [Fact]
    public void The_dev5_set_is_readable_and_not_a_gate()
    {
        var parsed = BenchArguments.Parse(["--set", "dev5", "--errors", "--article", "polnear-wapo-lynch"]);

        Assert.Null(parsed.Problem);
        Assert.Equal(("dev5", true, "polnear-wapo-lynch"), (parsed.Set, parsed.Errors, parsed.Article));
        Assert.False(BenchArguments.IsGate("dev5"));
    }

    // wgate (round 35): 20 news pages of trafilatura's test half, judged before any DocReport output of them was read; a gate
    [Fact]
    public void The_wgate_set_is_a_gate_scored_as_a_whole()
    {
        var parsed = BenchArguments.Parse(["--set", "wgate"]);

        Assert.Null(parsed.Problem);
        Assert.Equal(("wgate", false, null), (parsed.Set, parsed.Errors, parsed.Article));
        Assert.True(BenchArguments.IsGate("wgate"));
    }

    [Fact]
    public void An_unknown_set_is_refused()
    {
        Assert.StartsWith("--set is dev, dev2, dev3, dev4, dev5,", BenchArguments.Parse(["--set", "dev6"]).Problem);
    }

    // --listing writes each listed source with its status: what DocReport lists on an unread set must not be written out
    [Theory]
    [InlineData("check")]
    [InlineData("dev3")]
    [InlineData("rgate")]
    [InlineData("wgate")]
    [InlineData("heldout")]
    public void Listing_is_refused_on_the_unread_sets(string set)
    {
        var parsed = BenchArguments.Parse(["--set", set, "--listing", "/tmp/sources.tsv"]);

        Assert.NotNull(parsed.Problem);
        Assert.Null(BenchArguments.Parse(["--set", "mixed", "--listing", "/tmp/sources.tsv"]).Problem);
    }

    [Theory]
    [InlineData("--eror")]
    [InlineData("--set")]
    [InlineData("dev2")]
    public void An_unknown_or_incomplete_argument_is_named(string argument)
    {
        var parsed = BenchArguments.Parse(["--errors", argument]);

        Assert.Equal($"unknown or incomplete argument '{argument}'", parsed.Problem);
    }

    [Fact]
    public void No_arguments_score_dev()
    {
        var parsed = BenchArguments.Parse([]);

        Assert.Equal(("dev", false, null), (parsed.Set, parsed.Errors, parsed.Problem));
    }
}
