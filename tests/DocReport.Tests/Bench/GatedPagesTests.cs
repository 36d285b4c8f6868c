using DocReport.Bench;
using DocReport.Bench.ClaimTraining;

namespace DocReport.Tests.Bench;

// bench/ClaimTraining trains the claim models on labelled news sentences. FieldEval's unread gates (the lead's held-out pages,
// the check set's PolNeAR train articles, dev3's PolNeAR dev articles, rgate's Readability pages, wgate's trafilatura test-half pages) judge some of the same pages: a model trained on their
// sentences would be scored partly in sample there. Every command that trains or tunes reads the news files through
// GatedPages.Read, so these tests pin what it lets through. Pages, names and sentences are made up.
public sealed class GatedPagesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("gated-pages").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void No_sentence_of_a_held_out_check_set_dev3_rgate_or_wgate_page_reaches_training()
    {
        var news = NewsFile(Fares, HeldOutLibrary, CheckSetBridge, Dev3Flood, RgateCrane, WgateOrchard, Market);

        var kept = Gates().Read(news);

        Assert.Equal(["P1.S1", "P4.S1"], kept.Sentences.Select(s => s.Sentence.Id.Split('/')[1]));
        Assert.DoesNotContain(kept.Sentences, s => s.Sentence.Text.Contains("library", StringComparison.Ordinal)
            || s.Sentence.Text.Contains("bridge", StringComparison.Ordinal) || s.Sentence.Text.Contains("flood", StringComparison.Ordinal)
            || s.Sentence.Text.Contains("crane", StringComparison.Ordinal) || s.Sentence.Text.Contains("orchard", StringComparison.Ordinal));
        Assert.Equal(5, kept.LeftOut);
    }

    // --random-draws N names the file's first N lines (drawn without a pattern); what the trainer counts is what remains of them.
    [Fact]
    public void Random_draws_count_the_files_lines_and_training_gets_what_remains_of_them()
    {
        var news = NewsFile(CheckSetBridge, Fares, CheckSetBridge with { Id = "P5.S2", Label = "No", Text = "Nobody on the council spoke for long." }, Market, HeldOutLibrary);

        var kept = Gates().Read(news);

        Assert.Equal(1, kept.Before(3));
        Assert.Equal(2, kept.Before(4));
        Assert.Equal(2, kept.Before(5));
    }

    // `readable` lists what a relabelling may read: the rows training reads, numbered as the file counts its sentences.
    [Fact]
    public void Readable_lines_leave_the_gates_rows_out_and_keep_the_files_row_numbers()
    {
        var news = NewsFile(CheckSetBridge, Fares, HeldOutLibrary, Market);

        var lines = Gates().ReadableLines(news).ToList();

        Assert.Equal(2, lines.Count);
        Assert.StartsWith("2\ttrain\t" + Fares.Page + "\t" + Fares.Id + "\t" + Fares.Label + "\t", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("4\ttrain\t" + Market.Page + "\t" + Market.Id + "\t", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(Market.Text, lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_is_known_with_or_without_its_extension_and_says_which_gate_holds_it()
    {
        var gates = Gates();

        Assert.Equal(GatedPages.CheckSet, gates.Reason("harbour-times_2016-05-04_council-votes-on-bridge.txt"));
        Assert.Equal(GatedPages.Dev3, gates.Reason("river-post_2016-09-20_flood-defences-delayed.txt"));
        Assert.Equal(GatedPages.HeldOut, gates.Reason("gazette.library.html"));
        Assert.Equal(GatedPages.Rgate, gates.Reason("quay-weekly"));
        Assert.Equal(GatedPages.Wgate, gates.Reason("valley-courier.orchard.html"));
        Assert.Null(gates.Reason("hill-times_2016-03-03_mayor-opens-market.txt"));
    }

    [Fact]
    public void Only_the_polnear_line_of_a_gold_files_header_names_a_dev3_file()
    {
        var folder = Dev3Gold();
        File.WriteAllText(Path.Combine(folder, "rows.tsv"), "# page: attributions/polnear/dev/text/made-up.txt\nsentence\tN\t-\t# polnear: quarry-news_2016-02-01_ferry-fares-rise\n");

        Assert.Equal(["river-post_2016-09-20_flood-defences-delayed"], GatedPages.PolnearFiles(folder));
    }

    // news-types.tsv names no page: its rows of the gates' pages are known by their text.
    [Fact]
    public void The_texts_of_the_gated_rows_are_those_of_the_gates_pages_only()
    {
        var news = NewsFile(Fares, RgateCrane, Market);

        Assert.Equal([RgateCrane.Text], Gates().TextsOn(news));
    }

    [Fact]
    public void An_rgate_page_is_named_by_its_gold_files_name_and_other_files_name_none()
    {
        var folder = RgateGold();
        File.WriteAllText(Path.Combine(folder, "SHA256SUMS"), "0 quay-weekly.tsv\n");

        Assert.Equal(["quay-weekly"], GatedPages.GoldFileNames(folder));
    }

    // wgate's pages are named by the "# page: trafilatura/..." line of each gold file's header, never by a row or the file's name.
    [Fact]
    public void Only_the_page_line_of_a_gold_files_header_names_a_wgate_page()
    {
        var folder = WgateGold();
        File.WriteAllText(Path.Combine(folder, "rows.tsv"), "# page: readability-pages/made-up/source.html\nsentence\tN\t-\t# page: trafilatura/eval/gazette.ferries.html\n");

        Assert.Equal(["valley-courier.orchard.html"], GatedPages.TrafilaturaPages(folder));
    }

    [Fact]
    public void Without_the_wgate_gold_folder_the_gates_cannot_be_read() =>
        Assert.Throws<DirectoryNotFoundException>(() => GatedPages.TrafilaturaPages(Path.Combine(root, "no-such-gold")));

    [Fact]
    public void Without_the_dev3_gold_folder_the_gates_cannot_be_read() =>
        Assert.Throws<DirectoryNotFoundException>(() => GatedPages.PolnearFiles(Path.Combine(root, "no-such-gold")));

    private static readonly Row Fares = new("quarry-news_2016-02-01_ferry-fares-rise.txt", "P1.S1", "Yes", "The ferry company raised fares by 12 percent in March.");
    private static readonly Row HeldOutLibrary = new("gazette.library.html", "P3.S2", "No", "Readers can borrow up to ten books at the new library.");
    private static readonly Row CheckSetBridge = new("harbour-times_2016-05-04_council-votes-on-bridge.txt", "P2.S1", "Yes", "The council voted 7 to 2 to repair the old bridge.");
    private static readonly Row Dev3Flood = new("river-post_2016-09-20_flood-defences-delayed.txt", "P1.S3", "Yes", "Work on the flood wall stopped after the contractor left.");
    private static readonly Row RgateCrane = new("quay-weekly", "P2.S1", "Yes", "The port's new crane lifted its first container on Monday.");
    private static readonly Row WgateOrchard = new("valley-courier.orchard.html", "P3.S1", "Yes", "The orchard co-operative sold 40 tonnes of apples last autumn.");
    private static readonly Row Market = new("hill-times_2016-03-03_mayor-opens-market.txt", "P4.S1", "No", "The mayor smiled as the stalls opened.");

    private sealed record Row(string Page, string Id, string Label, string Text);

    private GatedPages Gates()
    {
        var heldOut = Directory.CreateDirectory(Path.Combine(root, "heldout")).FullName;
        File.WriteAllText(Path.Combine(heldOut, "library.tsv"), "# page: trafilatura/eval/gazette.library.html\n# title: made up\n");
        return new GatedPages(TrafilaturaHalves.HeldOutPages(heldOut), ["harbour-times_2016-05-04_council-votes-on-bridge", ""], GatedPages.PolnearFiles(Dev3Gold()),
            GatedPages.GoldFileNames(RgateGold()), GatedPages.TrafilaturaPages(WgateGold()));
    }

    private string WgateGold()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "wgate")).FullName;
        File.WriteAllText(Path.Combine(folder, "orchard.tsv"), "# page: trafilatura/eval/valley-courier.orchard.html\n# title: made up\n");
        return folder;
    }

    private string RgateGold()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "rgate")).FullName;
        File.WriteAllText(Path.Combine(folder, "quay-weekly.tsv"), "# page: readability-pages/quay-weekly/source.html\n");
        return folder;
    }

    private string Dev3Gold()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "dev3")).FullName;
        File.WriteAllText(Path.Combine(folder, "flood.tsv"), "# page: attributions/polnear/dev/text/river-post_2016-09-20_flood-defences-delayed.txt\n# polnear: river-post_2016-09-20_flood-defences-delayed\n");
        return folder;
    }

    private string NewsFile(params Row[] rows)
    {
        var path = Path.Combine(root, "news-train.tsv");
        File.WriteAllLines(path, ["# split\tpage\tsentence\tlabel\ttext", .. rows.Select(r => $"train\t{r.Page}\t{r.Id}\t{r.Label}\t{r.Text}")]);
        return path;
    }
}
