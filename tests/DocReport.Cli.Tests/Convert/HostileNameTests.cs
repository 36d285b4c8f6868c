namespace DocReport.Cli.Tests.Convert;

/// <summary>File names an attacker or a careless tool can make never stop a batch nor escape the output folder.</summary>
public class HostileNameTests
{
    private const string Article = "Budget Rises Again\n\nThe council said the budget rose by 5 percent in 2023, the largest rise in a decade.\n";

    [Fact]
    public void A_noncharacter_in_one_file_name_does_not_stop_the_batch()
    {
        using var cli = new CliRunner();
        cli.WriteInput("in/bad\uFFFEname.txt", Article);
        cli.WriteInput("in/good.txt", Article);
        var output = Path.Combine(cli.Folder, "out");

        Assert.Equal(0, cli.Run("convert", Path.Combine(cli.Folder, "in"), "-o", output, "-f", "json"));

        Assert.True(File.Exists(Path.Combine(output, "badname", "dataset.json")));
        Assert.True(File.Exists(Path.Combine(output, "good", "dataset.json")));
    }

    [Fact]
    public void A_right_to_left_override_is_kept_out_of_the_folder_name()
    {
        using var cli = new CliRunner();
        var input = cli.WriteInput("report\u202Etxt.exe.txt", Article);
        var output = Path.Combine(cli.Folder, "out");

        Assert.Equal(0, cli.Run("convert", input, "-o", output, "-f", "json"));

        Assert.Equal(["reporttxt.exe"], Directory.GetDirectories(output).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')));
    }

    [Fact]
    public void A_newline_in_a_file_name_is_escaped_so_each_progress_and_failure_line_stays_one_line()
    {
        using var cli = new CliRunner();
        var good = cli.WriteInput("good\nnews.txt", Article);
        var empty = cli.WriteInput("empty\nnotes.txt", "");

        Assert.Equal(1, cli.Run("convert", good, empty, "-o", Path.Combine(cli.Folder, "out"), "-f", "json"));

        var folder = cli.Folder + Path.DirectorySeparatorChar;
        Assert.Contains($"ok {folder}good\\nnews.txt (", cli.Stdout);
        var stderr = cli.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"error: {folder}empty\\nnotes.txt: file is empty", stderr);
        Assert.Contains($"  {folder}empty\\nnotes.txt: file is empty", stderr);
        Assert.DoesNotContain(stderr, line => line.StartsWith("notes.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_that_was_not_utf8_gets_a_reason_that_says_so()
    {
        using var cli = new CliRunner();

        Assert.Equal(1, cli.Run("convert", Path.Combine(cli.Folder, "caf\uFFFD.txt"), "-o", Path.Combine(cli.Folder, "out")));

        Assert.Contains("not valid UTF-8", cli.Stderr);
    }
}
