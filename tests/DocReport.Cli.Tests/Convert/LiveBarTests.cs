using System.Text;
using System.Text.RegularExpressions;
using DocReport.Batch;
using DocReport.Cli.Convert;
using DocReport.Pipeline;
using Spectre.Console;

namespace DocReport.Cli.Tests.Convert;

/// <summary>
/// A run of one long document on a terminal: the bar names its stage from the start and moves as the document's work
/// does (its pages, its paragraphs), instead of standing at 0% until the document is written.
/// </summary>
public partial class LiveBarTests
{
    /// <summary>What the bar draws, kept whole while the bar's thread writes and the test reads.</summary>
    private sealed class Screen : TextWriter
    {
        private readonly StringBuilder text = new();
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) { lock (text) text.Append(value); }
        public override void Write(string? value) { lock (text) text.Append(value); }
        public override string ToString() { lock (text) return text.ToString(); }

        // the rows drawn so far, without the terminal's escapes
        public List<string> Rows() => Escapes().Replace(ToString(), "").Split('\n', '\r').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
    }

    private static (IAnsiConsole Console, Screen Screen) Terminal(int width)
    {
        var screen = new Screen();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(screen),
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        return (console, screen);
    }

    // Waits (up to 20 s, the machine may be busy) for a row the bar has drawn whole (to its percentage) that holds every one of the words.
    private static string Drawn(Screen screen, params string[] words) =>
        Drawn(screen, r => words.All(r.Contains) && Percentage().IsMatch(r), string.Join(", ", words));

    private static string Drawn(Screen screen, Func<string, bool> wanted, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (screen.Rows().LastOrDefault(wanted) is { } row) return row;
            Thread.Sleep(20);
        }
        Assert.Fail($"no row holds {what}:\n{string.Join("\n", screen.Rows().TakeLast(5))}");
        return "";
    }

    private static int Percent(string row) => int.Parse(Percentage().Match(row).Groups[1].Value);

    [Fact]
    public void One_long_document_shows_its_stage_at_once_and_the_bar_moves_with_its_work()
    {
        var (console, screen) = Terminal(120);
        const string input = "books/atlas.pdf";
        var rows = new List<string>();

        BatchProgress.LiveBar(console, TimeSpan.FromMilliseconds(20)).Run(1, (stage, finished) =>
        {
            stage(new(input, ConversionStage.Loading));
            stage(new(input, ConversionStage.Reading) { Pages = 2000, PagesDone = 1000 });
            rows.Add(Drawn(screen, "atlas.pdf: reading, 1,000 of 2,000 pages"));
            stage(new(input, ConversionStage.Analyzing) { Paragraphs = 3000, ParagraphsDone = 1500, Step = AnalysisStep.ClaimsAndAttributions });
            rows.Add(Drawn(screen, "claims and attributions, 1,500 of 3,000 paragraphs"));
            stage(new(input, ConversionStage.Writing) { Output = "pdf" });
            rows.Add(Drawn(screen, "writing brief.pdf"));
            finished(new DocumentOutcome(new BatchInput(0, input, input, "out/atlas", null), null));
        });

        var percents = rows.Select(Percent).ToList();
        Assert.True(percents[0] > 0, rows[0]);
        Assert.True(percents.Zip(percents.Skip(1)).All(p => p.First < p.Second), string.Join("\n", rows));
        Assert.True(percents[^1] < 100, rows[^1]);
        Assert.Contains(screen.Rows(), r => r.Contains("100%"));
    }

    [Fact]
    public void In_a_batch_a_short_document_s_stage_is_not_shown_but_its_share_moves_the_bar()
    {
        var (console, screen) = Terminal(120);

        BatchProgress.LiveBar(console, TimeSpan.FromMilliseconds(20)).Run(4, (stage, finished) =>
        {
            stage(new("a.docx", ConversionStage.Analyzing) { Paragraphs = 100, ParagraphsDone = 100, Step = AnalysisStep.Sources });
            var row = Drawn(screen, r => Percentage().IsMatch(r) && Percent(r) > 0, "a percentage above 0");
            // 4 documents, the one running past its analysis: a sixth to a quarter of the batch, and no name before the delay
            Assert.InRange(Percent(row), 12, 25);
            Assert.DoesNotContain("a.docx", row);
            finished(new DocumentOutcome(new BatchInput(0, "a.docx", "a.docx", "out/a", null), null));
        });
    }

    [Fact]
    public void A_failed_document_s_line_stands_above_the_bar_which_leaves_no_copy_of_itself()
    {
        var (console, screen) = Terminal(100);
        DocumentOutcome Outcome(int index, string name, string? error) =>
            new(new BatchInput(index, "in/" + name, name, "out/" + Path.GetFileNameWithoutExtension(name), null), error);

        BatchProgress.LiveBar(console, TimeSpan.FromMilliseconds(20)).Run(4, (stage, finished) =>
        {
            finished(Outcome(0, "harbour.html", null));
            Drawn(screen, "25%");
            finished(Outcome(1, "empty.html", "file is empty"));
            Drawn(screen, "(1 failed)");
            finished(Outcome(2, "ferry.html", null));
            Drawn(screen, r => r.Contains("(1 failed)") && Percentage().IsMatch(r) && Percent(r) > 50, "(1 failed) past half");
            finished(Outcome(3, "junk.html", "binary file"));
        });

        var rows = Replayed(screen.ToString(), 100);
        var bars = rows.Where(r => Percentage().IsMatch(r + " ")).ToList();
        Assert.True(bars.Count == 1, string.Join("\n", rows));
        var errors = rows.Where(r => r.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["error: in/empty.html: file is empty", "error: in/junk.html: binary file"], errors);
        Assert.True(rows.IndexOf(errors[^1]) < rows.IndexOf(bars[0]), string.Join("\n", rows));
    }

    // The rows a terminal of this width shows once the text is drawn: carriage returns, new lines (which a terminal also
    // takes back to the first column), lines wrapped at the width, the cursor moved up or down (ESC[nA, ESC[nB) and rows
    // cleared (ESC[K, ESC[2K); other escapes draw nothing.
    private static List<string> Replayed(string text, int width)
    {
        var rows = new List<char[]> { new char[width] };
        var (row, column) = (0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (Escapes().Match(text, i) is { Success: true } escape && escape.Index == i)
            {
                var code = escape.Value;
                var count = int.TryParse(code.AsSpan(2, Math.Max(code.Length - 3, 0)), out var n) ? n : 1;
                switch (code[^1])
                {
                    case 'A': row = Math.Max(0, row - count); break;
                    case 'B': row += count; break;
                    case 'K': Array.Fill(rows[row], '\0', code == "\x1b[2K" ? 0 : column, code == "\x1b[2K" ? width : width - column); break;
                }
                i += code.Length - 1;
            }
            else if (text[i] == '\r') column = 0;
            else if (text[i] == '\n') (row, column) = (row + 1, 0);
            else
            {
                if (column == width) (row, column) = (row + 1, 0);
                while (rows.Count <= row) rows.Add(new char[width]);
                rows[row][column++] = text[i];
            }
            while (rows.Count <= row) rows.Add(new char[width]);
        }
        return rows.Select(r => new string(r).Replace('\0', ' ').TrimEnd()).Where(r => r.Length > 0).ToList();
    }

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]")]
    private static partial Regex Escapes();

    [GeneratedRegex(@" (\d+)% ")]
    private static partial Regex Percentage();
}
