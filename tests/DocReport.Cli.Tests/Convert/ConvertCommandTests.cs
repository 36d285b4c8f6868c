namespace DocReport.Cli.Tests.Convert;

public class ConvertCommandTests
{
    private const string Article = """
        Town Opens Its First Public Library in Fifty Years

        The town council opened a new public library on Saturday, the first in fifty years. The mayor said 2,400 residents had registered for cards in the first week.

        The building cost $3.1 million, according to the council's annual report, and was paid for partly by a national grant.
        """;

    [Fact]
    public void Unknown_format_is_a_bad_argument()
    {
        using var cli = new CliRunner();
        Assert.Equal(2, cli.Run("convert", cli.WriteInput("a.txt", Article), "--format", "pdf,docx"));
        Assert.Contains("unknown format 'docx'", cli.Stderr);
    }

    [Fact]
    public void Missing_input_argument_is_a_bad_argument()
    {
        using var cli = new CliRunner();
        Assert.Equal(2, cli.Run("convert"));
    }

    [Fact]
    public void Threshold_outside_zero_to_one_is_a_bad_argument()
    {
        using var cli = new CliRunner();
        Assert.Equal(2, cli.Run("convert", cli.WriteInput("a.txt", Article), "--threshold", "1.5"));
        Assert.Contains("--threshold", cli.Stderr);
    }

    [Fact]
    public void A_bad_template_is_a_bad_argument_naming_the_field_and_nothing_is_written()
    {
        using var cli = new CliRunner();
        var template = cli.WriteInput("bad.json", """
            { "pageSize": "A4", "margins": { "left": -40, "top": 50, "right": 56, "bottom": 46 },
              "sections": [ { "type": "heading" } ] }
            """);
        var output = Path.Combine(cli.Folder, "out");

        Assert.Equal(2, cli.Run("convert", cli.WriteInput("a.txt", Article), "--template", template, "-o", output));

        Assert.Contains("template margins.left: must be between 0 and 200 pt", cli.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_missing_template_is_a_bad_argument()
    {
        using var cli = new CliRunner();
        Assert.Equal(2, cli.Run("convert", cli.WriteInput("a.txt", Article), "--template", "no-such-template"));
        Assert.Contains("template 'no-such-template' not found", cli.Stderr);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_a_bad_argument()
    {
        using var cli = new CliRunner();
        var file = cli.WriteInput("taken", "a file where the output folder should go");
        Assert.Equal(2, cli.Run("convert", cli.WriteInput("a.txt", Article), "-o", file));
        Assert.Contains("is a file, not a folder", cli.Stderr);
    }

    [Fact]
    public void The_accurate_claim_model_missing_from_its_folder_is_a_bad_argument_that_says_how_to_get_it()
    {
        using var cli = new CliRunner();
        var output = Path.Combine(cli.Folder, "out");

        Assert.Equal(2, cli.Run("convert", cli.WriteInput("a.txt", Article), "--claims", "accurate", "--claims-model", cli.Folder, "-o", output));
        Assert.Contains("dotnet publish src/DocReport.Claims.Accurate", cli.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_unknown_claim_model_is_a_bad_argument()
    {
        using var cli = new CliRunner();

        Assert.Equal(2, cli.Run("convert", cli.WriteInput("a.txt", Article), "--claims", "slow"));
    }

    [Fact]
    public void Help_lists_the_convert_options_every_format_values_as_they_are_typed_and_the_exit_codes()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("convert", "--help"));
        Assert.Contains("--format", cli.Stdout);
        Assert.Contains("pdf, xlsx, json, csv, parquet", cli.Stdout);
        Assert.Contains("--claims <fast|accurate>", cli.Stdout);
        Assert.Contains("fast (built in)", cli.Stdout);
        Assert.DoesNotContain("[default: Fast]", cli.Stdout);
        Assert.Contains("-o, --output <DIR>", cli.Stdout);
        Assert.DoesNotContain("<output>", cli.Stdout);
        Assert.Contains("Exit codes: 0 every input written; 1 some input failed", cli.Stdout);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_one_line_and_a_bad_argument_not_a_stack_trace()
    {
        using var cli = new CliRunner();
        var input = cli.WriteInput("a.txt", Article);
        var file = cli.WriteInput("notes.txt", "a file, not a folder");

        Assert.Equal(2, cli.Run("convert", input, "-o", Path.Combine(file, "out"), "-f", "json"));

        var line = Assert.Single(cli.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"docreport: cannot write into the output folder {Path.Combine(file, "out")}: ", line);
        // the reason names the file in the way, not .NET's "Could not find a part of the path"
        Assert.EndsWith($": {Path.GetFullPath(file)} is a file, not a folder; give -o a folder you can write into", line.TrimEnd('\r'));
        Assert.DoesNotContain("   at ", cli.Stderr);
    }

    [Fact]
    public void A_failed_input_is_named_and_the_others_are_still_written()
    {
        using var cli = new CliRunner();
        var good = cli.WriteInput("good.txt", Article);
        var empty = cli.WriteInput("empty.txt", "");
        var missing = Path.Combine(cli.Folder, "nowhere.txt");
        var output = Path.Combine(cli.Folder, "out");

        var code = cli.Run("convert", good, empty, missing, "-o", output, "--format", "json");

        Assert.Equal(1, code);
        Assert.Contains($"{empty}: file is empty", cli.Stderr);
        Assert.Contains($"{missing}: no such file or folder", cli.Stderr);
        Assert.True(File.Exists(Path.Combine(output, "good", "dataset.json")));
        Assert.False(Directory.Exists(Path.Combine(output, "empty")));
    }

    [Fact]
    public void A_folder_input_gives_one_output_folder_per_article_and_repeated_stems_get_a_suffix()
    {
        using var cli = new CliRunner();
        cli.WriteInput("in/story.txt", Article);
        cli.WriteInput("in/story.md", "# Town Opens Its First Public Library\n\n" + Article.Split("\n\n", 2)[1]);
        cli.WriteInput("in/notes.xyz", "not an article");
        var output = Path.Combine(cli.Folder, "out");

        Assert.Equal(0, cli.Run("convert", Path.Combine(cli.Folder, "in"), "-o", output, "--format", "json"));

        // .docreport holds the run record that resume and merge read.
        Assert.Equal([".docreport", "story", "story-2"], Directory.GetDirectories(output).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("2 written", cli.Stdout);
    }

    [Fact]
    public void A_batch_gets_a_combined_workbook_listing_converted_and_failed_inputs()
    {
        using var cli = new CliRunner();
        var first = cli.WriteInput("in/first.txt", Article);
        var second = cli.WriteInput("in/second.txt", Article.Replace("Saturday", "Sunday"));
        var broken = cli.WriteInput("in/broken.txt", "");
        var output = Path.Combine(cli.Folder, "out");

        Assert.Equal(1, cli.Run("convert", first, second, broken, "-o", output, "--format", "xlsx"));

        using var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(output, "batch.xlsx"));
        var documents = workbook.Worksheet("Documents").Table(0);
        Assert.Equal(3, documents.DataRange.RowCount());
        var statuses = documents.DataRange.Rows().Select(r => r.Field("status").GetString()).Order().ToArray();
        Assert.Equal(["converted", "converted", "failed"], statuses);
    }

    [Fact]
    public void A_bad_shard_is_a_bad_argument()
    {
        using var cli = new CliRunner();
        Assert.Equal(2, cli.Run("convert", cli.WriteInput("a.txt", Article), "--shard", "4/4"));
        Assert.Contains("shard 4 is outside 0..3", cli.Stderr);
    }

    [Fact]
    public void Two_shards_then_merge_give_the_combined_workbook_and_parquet_files()
    {
        using var cli = new CliRunner();
        for (var n = 0; n < 4; n++) cli.WriteInput($"in/story{n}.txt", Article.Replace("Saturday", $"day {n}"));
        var input = Path.Combine(cli.Folder, "in");
        var output = Path.Combine(cli.Folder, "out");

        Assert.Equal(0, cli.Run("convert", input, "-o", output, "--format", "json,xlsx,parquet", "--shard", "0/2"));
        Assert.Contains("shard 0/2:", cli.Stdout);
        Assert.False(File.Exists(Path.Combine(output, "batch.xlsx")));
        Assert.Equal(1, cli.Run("merge", output));
        Assert.Contains("shards missing: 1/2", cli.Stderr);
        Assert.Equal(0, cli.Run("convert", input, "-o", output, "--format", "json,xlsx,parquet", "--shard", "1/2"));
        Assert.Equal(0, cli.Run("merge", output));

        Assert.Contains("4 inputs merged, 0 of them failed", cli.Stdout);
        using var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(output, "batch.xlsx"));
        Assert.Equal(4, workbook.Worksheet("Documents").Tables.Single().DataRange.RowCount());
        Assert.True(File.Exists(Path.Combine(output, "parquet", "claims.parquet")));
    }

    [Fact]
    public void Merging_a_folder_that_no_run_wrote_says_so()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(Path.Combine(cli.Folder, "empty"));
        Assert.Equal(1, cli.Run("merge", Path.Combine(cli.Folder, "empty")));
        Assert.Contains("not the output folder of a docreport run", cli.Stderr);
    }

    // A folder of links (made to pick pages from a larger set) gives nothing, by design; the run says why instead of only
    // "no article files".
    [Fact]
    public void A_folder_holding_only_links_to_articles_says_the_links_were_skipped_and_how_to_convert_them()
    {
        using var cli = new CliRunner();
        var picked = FolderOfLinks(cli, "story.txt", "notes.jpg");

        Assert.Equal(2, cli.Run("convert", picked, "-o", Path.Combine(cli.Folder, "out")));

        Assert.Contains($"found in the given folders: {picked}; 1 symbolic link to article files skipped", cli.Stderr);
        Assert.Contains("(.txt .text .md .markdown .html .htm .xhtml .docx .pdf)", cli.Stderr);
        Assert.Contains("name the files on the command line, or copy them", cli.Stderr);
        Assert.Equal(0, cli.Run("convert", Path.Combine(picked, "story.txt"), "-o", Path.Combine(cli.Folder, "out")));
        Assert.True(File.Exists(Path.Combine(cli.Folder, "out", "story", "dataset.json")));
    }

    // The same folder given beside an article: the batch runs, and says the folder's links were left out of it.
    [Fact]
    public void Links_in_a_folder_given_beside_other_inputs_are_named_as_skipped_and_the_rest_is_converted()
    {
        using var cli = new CliRunner();
        var picked = FolderOfLinks(cli, "story.txt", "other.txt");
        var own = cli.WriteInput("mine/own.txt", Article);

        Assert.Equal(0, cli.Run("convert", picked, own, "-o", Path.Combine(cli.Folder, "out")));

        Assert.Contains("2 symbolic links to article files skipped (a link inside a folder is never followed)", cli.Stderr);
        Assert.True(File.Exists(Path.Combine(cli.Folder, "out", "own", "dataset.json")));
        Assert.False(Directory.Exists(Path.Combine(cli.Folder, "out", "story")));
    }

    // A folder "picked" of links, each of the given names, to one article stored elsewhere.
    private static string FolderOfLinks(CliRunner cli, params string[] names)
    {
        var article = cli.WriteInput("store/story.txt", Article);
        var picked = Directory.CreateDirectory(Path.Combine(cli.Folder, "picked")).FullName;
        foreach (var name in names) File.CreateSymbolicLink(Path.Combine(picked, name), article);
        return picked;
    }
}
