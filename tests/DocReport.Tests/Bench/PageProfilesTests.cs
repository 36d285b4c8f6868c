using DocReport.Bench.ClaimTraining;

namespace DocReport.Tests.Bench;

// bench/ClaimTraining's page-profiles (round 36) writes every sentence of each labelled news page as the library reads it, so
// that a page's own scores can be weighed beside its labelled sentences. The gates' pages and the test part's must never be
// converted. Pages and sentences are made up.
public sealed class PageProfilesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("page-profiles").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Every_sentence_of_a_labelled_page_is_written_and_gated_and_test_pages_are_not_read()
    {
        var pages = Directory.CreateDirectory(Path.Combine(root, "pages")).FullName;
        File.WriteAllText(Path.Combine(pages, "ferry.txt"), "Ferry fares rise\n\nThe ferry company raised fares by 12 percent in March. Passengers said they would drive instead.\n");
        File.WriteAllText(Path.Combine(pages, "bridge.txt"), "The council voted 7 to 2 to repair the old bridge.\n");
        File.WriteAllText(Path.Combine(pages, "market.txt"), "The mayor smiled as the stalls opened.\n");
        var news = Path.Combine(root, "news.tsv");
        File.WriteAllLines(news, ["# made up", "train\tferry.txt\tP2.S1\tYes\tThe ferry company raised fares by 12 percent in March.",
            "train\tbridge.txt\tP1.S1\tYes\tThe council voted 7 to 2 to repair the old bridge.", "test\tmarket.txt\tP1.S1\tNo\tThe mayor smiled as the stalls opened."]);
        var output = Path.Combine(root, "profiles.tsv");

        PageProfiles.Run([news], new GatedPages([], ["bridge"], [], [], []), [pages], output);

        var rows = File.ReadLines(output).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal("ferry.txt", r[0]));
        Assert.Contains(rows, r => r[3] == "The ferry company raised fares by 12 percent in March.");
        Assert.Contains(rows, r => r[3] == "Passengers said they would drive instead.");
        Assert.All(rows, r => Assert.InRange(double.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), 0, 1));
        Assert.All(rows, r => Assert.Contains(r[2], new[] { "Yes", "No" }));
    }
}
