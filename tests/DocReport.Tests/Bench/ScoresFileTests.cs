using DocReport.Bench.ClaimTraining;

namespace DocReport.Tests.Bench;

// tune --scores writes each news sentence beside its out-of-fold score (round 41), so a model's errors can be read and sorted
// into kinds; pools, resample and judgements read the first four fields of the same lines. Sentences are made up.
public sealed class ScoresFileTests
{
    [Fact]
    public void A_sentence_holding_a_tab_or_line_break_stays_one_field_of_one_line()
    {
        var fields = ScoresFile.Line(7, true, 0.61234, "ferry.txt", "The ferry company\traised fares\r\nby 12 percent.").Split('\t');

        Assert.Equal(["7", "True", "0.6123", "ferry.txt", "The ferry company raised fares  by 12 percent."], fields);
    }

    [Fact]
    public void The_first_four_fields_keep_the_order_the_readers_expect()
    {
        var fields = ScoresFile.Line(0, false, 0.05, "market.html", "The mayor smiled as the stalls opened.").Split('\t');

        Assert.False(bool.Parse(fields[1]));
        Assert.Equal(0.05, double.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("market.html", fields[3]);
    }
}
