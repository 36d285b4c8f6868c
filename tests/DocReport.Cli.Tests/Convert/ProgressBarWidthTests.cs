using System.Text.RegularExpressions;
using DocReport.Cli.Convert;
using DocReport.Pipeline;
using Spectre.Console;

namespace DocReport.Cli.Tests.Convert;

/// <summary>
/// A slow document's stage on the live bar fits the terminal's row: the bar, its percentage and the time left stay beside it
/// on one line of an 80-column terminal instead of the time left wrapping down the lines below and the bar vanishing.
/// </summary>
public partial class ProgressBarWidthTests
{
    private static SlowDocuments.ShownStage Stage(string path, int done, int paragraphs)
    {
        var slow = new SlowDocuments();
        slow.Report(new ConversionProgress(path, ConversionStage.Analyzing) { Paragraphs = paragraphs, ParagraphsDone = done, Step = AnalysisStep.ClaimsAndAttributions }, TimeSpan.Zero);
        return slow.OldestStage(TimeSpan.FromSeconds(6))!;
    }

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(120)]
    [InlineData(60)]
    public void The_rendered_bar_keeps_the_stage_the_bar_and_the_time_left_on_one_line(int width)
    {
        var stage = Stage("pages/0a12df42d1764095989ab078ee0f940b.html", 1423, 2736);
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        console.Progress().Columns(BatchProgress.Columns()).Start(context =>
        {
            var task = context.AddTask("Converting", maxValue: 40);
            task.Increment(10);
            task.Description = Markup.Escape(BatchProgress.Described("Converting (2 failed)", stage, width - BatchProgress.BarColumns));
            context.Refresh();
        });

        var lines = Escapes().Replace(writer.ToString(), "").Split('\n').Select(l => l.TrimEnd('\r', ' ')).Where(l => l.Length > 0).ToList();
        // the last frame drawn: the stage with its count, a bar (its done part; without colours the rest is blank), the percentage and the time left
        var row = lines.Last(l => l.Contains("25%"));
        Assert.Contains("1,423", row);
        Assert.Matches(@"━ *25% (?:\d\d:\d\d:\d\d|--:--:--)$", row);
        Assert.All(lines, l => Assert.True(l.Length <= width, $"{l.Length} columns: {l}"));
    }

    [Fact]
    public void A_wide_terminal_shows_the_stage_in_full()
    {
        var described = BatchProgress.Described("Converting", Stage("books/atlas.docx", 1500, 3000), 200 - BatchProgress.BarColumns);

        Assert.Equal("Converting: atlas.docx: analysing: claims and attributions, 1,500 of 3,000 paragraphs", described);
    }

    [Fact]
    public void A_narrow_one_gets_the_stage_in_brief_then_the_file_name_cut_in_its_middle_keeping_the_count()
    {
        var stage = Stage("books/atlas.docx", 1500, 3000);
        Assert.Equal("Converting: atlas.docx: claims and attributions 1,500/3,000", BatchProgress.Described("Converting", stage, 80 - BatchProgress.BarColumns));

        var hashed = Stage("pages/0a12df42d1764095989ab078ee0f940b.html", 1500, 3000);
        var cut = BatchProgress.Described("Converting (2 failed)", hashed, 100 - BatchProgress.BarColumns);
        Assert.True(cut.Length <= 100 - BatchProgress.BarColumns, cut);
        Assert.StartsWith("Converting (2 failed): 0a12", cut);
        Assert.EndsWith("940b.html: claims and attributions 1,500/3,000", cut);
        Assert.Contains("…", cut);

        // narrower still, "Converting" gives way before the count does
        var narrow = BatchProgress.Described("Converting (2 failed)", hashed, 80 - BatchProgress.BarColumns);
        Assert.True(narrow.Length <= 80 - BatchProgress.BarColumns, narrow);
        Assert.StartsWith("0a12", narrow);
        Assert.EndsWith(".html: claims and attributions 1,500/3,000", narrow);
    }

    [Fact]
    public void With_no_slow_document_the_description_is_the_head_alone()
    {
        Assert.Equal("Converting (1 failed)", BatchProgress.Described("Converting (1 failed)", null, 55));
    }

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]")]
    private static partial Regex Escapes();
}
