using DocReport.Bench;

namespace DocReport.Tests.Bench;

// bench/Shared/TrafilaturaHalves.cs decides which of trafilatura's pages are test pages and which are the lead's held-out
// pages: TrafilaturaEval reports the test pages apart and leaves held-out pages out of the dev rows, and ClaimTraining's
// news-train-sample leaves both out, so that no sentence of a page the lead's blind sets come from is
// labelled for training again. The URLs are made up; their halves were worked out from their SHA-256 outside this code.
public sealed class TrafilaturaHalvesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("trafilatura-halves").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("https://harbour-gazette.example/2026/ferry-fares-rise", "test")]
    [InlineData("https://hill-times.example/sports/derby", "test")]
    [InlineData("https://harbour-gazette.example/2026/new-library-opens", "dev-a")]
    [InlineData("https://river-post.example/a/flood-defences", "dev-a")]
    [InlineData("https://hill-times.example/council-vote", "dev-b")]
    public void A_page_is_in_the_half_its_URL_hashes_to(string url, string half) =>
        Assert.Equal(half, TrafilaturaHalves.Of(url));

    [Fact]
    public void A_test_page_is_known_by_its_file_name_wherever_the_file_lies()
    {
        var halves = LoadSet();

        Assert.True(halves.IsTest("gazette.ferries.html"));
        Assert.True(halves.IsTest(Path.Combine(root, "cache", "gazette.ferries.html")));
        Assert.False(halves.IsTest(Path.Combine(root, "eval", "gazette.library.html")));
        Assert.Equal("dev-b", halves.OfFile("hill-times.council.html"));
        Assert.Equal(["gazette.ferries.html"], halves.TestFiles);
    }

    [Fact]
    public void A_file_the_set_does_not_annotate_is_in_neither_half()
    {
        var halves = LoadSet();

        Assert.Null(halves.OfFile("breitbart_2016-03-11_made-up.txt"));
        Assert.False(halves.IsTest("breitbart_2016-03-11_made-up.txt"));
    }

    [Fact]
    public void A_draw_from_one_dev_half_admits_only_that_halfs_pages()
    {
        var halves = LoadSet();

        Assert.True(halves.Admits("gazette.library.html", "dev-a"));
        Assert.False(halves.Admits("hill-times.council.html", "dev-a"));
        Assert.False(halves.Admits("gazette.ferries.html", "dev-a"));
        Assert.False(halves.Admits("breitbart_2016-03-11_made-up.txt", "dev-a"));
        Assert.True(halves.Admits("hill-times.council.html", "dev-b"));
    }

    [Fact]
    public void A_draw_from_no_half_admits_every_page_but_the_test_halfs()
    {
        var halves = LoadSet();

        Assert.True(halves.Admits("gazette.library.html", null));
        Assert.True(halves.Admits("breitbart_2016-03-11_made-up.txt", null));
        Assert.False(halves.Admits("gazette.ferries.html", null));
        Assert.Throws<ArgumentException>(() => halves.Admits("gazette.ferries.html", "test"));
    }

    [Fact]
    public void Without_the_annotation_file_the_halves_cannot_be_told_so_loading_fails() =>
        Assert.Throws<FileNotFoundException>(() => TrafilaturaHalves.Load(root));

    // The lead's held-out field pages are meant to come from the test half, but some hash to a dev half: a dev run that
    // scored, listed or drew from them would tune rules where the release is judged.
    [Fact]
    public void A_held_out_page_in_a_dev_half_is_never_admitted_and_is_listed_as_left_out()
    {
        var halves = LoadSet();

        Assert.Equal("dev-a", halves.OfFile("river-post.floods.html"));
        Assert.True(halves.IsHeldOut("river-post.floods.html"));
        Assert.False(halves.Admits("river-post.floods.html", "dev-a"));
        Assert.False(halves.Admits("river-post.floods.html", null));
        Assert.True(halves.Admits("gazette.library.html", "dev-a"));
        Assert.Equal(["river-post.floods.html"], halves.HeldOutDevFiles);
    }

    [Fact]
    public void A_held_out_page_of_the_test_half_stays_a_test_page()
    {
        var halves = LoadSet();

        Assert.True(halves.IsHeldOut("gazette.ferries.html"));
        Assert.True(halves.IsTest("gazette.ferries.html"));
        Assert.DoesNotContain("gazette.ferries.html", halves.HeldOutDevFiles);
    }

    [Fact]
    public void Only_the_page_line_of_a_gold_files_header_names_a_held_out_page()
    {
        var folder = HeldOutGold();
        File.WriteAllText(Path.Combine(folder, "rows.tsv"), "# page: readability-pages/made-up/source.html\nsentence\tN\t-\t# page: trafilatura/eval/gazette.library.html\n");

        var pages = TrafilaturaHalves.HeldOutPages(folder);

        Assert.Equal(["gazette.ferries.html", "river-post.floods.html"], pages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_the_held_out_gold_folder_loading_fails()
    {
        LoadSet();

        Assert.Throws<DirectoryNotFoundException>(() => TrafilaturaHalves.Load(root, Path.Combine(root, "no-such-gold")));
    }

    private string HeldOutGold()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "heldout")).FullName;
        File.WriteAllText(Path.Combine(folder, "floods.tsv"), "# page: trafilatura/cache/river-post.floods.html\n# title: made up\n");
        File.WriteAllText(Path.Combine(folder, "ferries.tsv"), "\n# page: trafilatura/eval/gazette.ferries.html   (moved)\n");
        return folder;
    }

    private TrafilaturaHalves LoadSet()
    {
        File.WriteAllText(Path.Combine(root, "evaldata.json"), """
            {
              "https://harbour-gazette.example/2026/ferry-fares-rise": { "file": "gazette.ferries.html", "with": [], "without": [] },
              "https://harbour-gazette.example/2026/new-library-opens": { "file": "gazette.library.html", "with": [], "without": [] },
              "https://hill-times.example/council-vote": { "file": "hill-times.council.html", "with": [], "without": [] },
              "https://river-post.example/a/flood-defences": { "file": "river-post.floods.html", "with": [], "without": [] }
            }
            """);
        return TrafilaturaHalves.Load(root, HeldOutGold());
    }
}
