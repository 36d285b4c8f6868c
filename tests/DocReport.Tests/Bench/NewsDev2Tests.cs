using DocReport.Bench.ClaimTraining;
using DocReport.Tests.Output;

namespace DocReport.Tests.Bench;

// bench/ClaimTraining/news-dev2.tsv (round 42) is a second news dev that decides what news dev alone cannot: it must hold whole
// pages no other labelled news file holds (a model trained or tuned on a page it is judged on would be scored in sample), every
// row placed in its article by the frozen contexts as news dev's rows are, and its blind re-read must name rows of it, word for word.
public sealed class NewsDev2Tests
{
    private static readonly string[] OtherNewsFiles =
        ["news-train.tsv", "news-eval.tsv", "news-families.tsv", "news-test-trafilatura.tsv"];

    private static string Data(string name) => RepositoryFile.Path("bench/ClaimTraining/" + name);

    [Fact]
    public void No_page_of_the_second_news_dev_is_in_another_labelled_news_file()
    {
        var pages = NewsSet.Read(Data("news-dev2.tsv")).Select(s => s.Page).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(pages);
        foreach (var other in OtherNewsFiles)
            Assert.DoesNotContain(NewsSet.Read(Data(other)), s => pages.Contains(s.Page));
    }

    [Fact]
    public void Every_row_is_a_dev_row_placed_in_its_article_by_the_frozen_contexts()
    {
        var rows = NewsSet.Read(Data("news-dev2.tsv"), NewsContexts.Frozen(Data("news-contexts.tsv")));

        Assert.All(rows, row => Assert.Equal("dev", row.Split));
        Assert.All(rows, row => Assert.NotNull(row.Sentence.Context));
        Assert.Equal(rows.Count, rows.Select(row => row.Sentence.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_second_labelling_names_rows_of_the_set_with_their_text()
    {
        var rows = NewsSet.Read(Data("news-dev2.tsv")).ToDictionary(row => row.Sentence.Id, row => row.Sentence.Text, StringComparer.Ordinal);
        var second = File.ReadLines(Data("news-dev2-second.tsv")).Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t')).ToList();

        Assert.NotEmpty(second);
        Assert.All(second, fields =>
        {
            Assert.Contains(fields[2], new[] { "Yes", "No" });
            Assert.Equal(rows[fields[0] + "/" + fields[1]], fields[3]);
        });
    }
}
