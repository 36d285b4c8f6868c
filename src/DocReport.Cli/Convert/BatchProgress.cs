using System.Diagnostics;
using System.Globalization;
using DocReport.Batch;
using DocReport.Pipeline;
using Spectre.Console;

namespace DocReport.Cli.Convert;

/// <summary>
/// Shows progress on long runs: a live bar on a terminal, otherwise throttled lines a log can keep. The rate and the time
/// left count converted documents only: a re-run passes over the folders an earlier run completed in a blink, and a
/// document that fails on its first bytes (not a DOCX, an empty file) takes no time either; counting those would promise
/// the rest as fast. Both are counted apart. A document that takes longer than <see cref="SlowDocuments.Delay"/>
/// has its stage shown, on the bar or in a line per stage, so a long one is seen to move; the bar's one document (a run of
/// one) has its stage shown at once, and the bar moves with each running document's share of its work done.
/// </summary>
internal abstract class BatchProgress
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly TimeSpan tick;
    private SlowDocuments slow = new();

    private BatchProgress(TimeSpan? tick = null) => this.tick = tick ?? TimeSpan.FromSeconds(1);

    /// <summary>Writes a failed document's line ("error: a.html: file is empty") where the user sees it as it happens.</summary>
    protected abstract void Failed(string line);

    /// <summary>Runs <paramref name="work"/>, giving it a callback to call as a document's stage begins and one to call once per finished document.</summary>
    public abstract void Run(int total, Action<Action<ConversionProgress>, Action<DocumentOutcome>> work);

    // Keeps each document's stage, and once a tick (a second) lets the subclass show the slow ones; nothing is shown once the work returns.
    protected void Watch(Action<Action<ConversionProgress>, Action<DocumentOutcome>> work, Action<DocumentOutcome> finished, Action<SlowDocuments, TimeSpan> show)
    {
        var stopped = false;
        using (new Timer(_ => { lock (slow) if (!stopped) show(slow, clock.Elapsed); }, null, tick, tick))
        {
            work(stage => { lock (slow) slow.Report(stage, clock.Elapsed); }, outcome =>
            {
                lock (slow) slow.Finished(outcome.Input.Path);
                if (!outcome.Succeeded) Failed("error: " + LogText.Escaped($"{outcome.Input.Path}: {outcome.Error}"));
                finished(outcome);
            });
            lock (slow) stopped = true;
        }
    }

    /// <summary>A time as a person reads it: "0.4s", "12.3s", "2m 05s", "1h 02m".</summary>
    internal static string Elapsed(TimeSpan time) =>
        time.TotalMinutes < 1 ? string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(time.TotalSeconds * 10) / 10:0.0}s")
        : time.TotalHours < 1 ? $"{(int)time.TotalMinutes}m {time.Seconds:00}s"
        : $"{(int)time.TotalHours}h {time.Minutes:00}m";

    /// <summary>
    /// The bar when <paramref name="output"/> is standard output and a terminal, else lines a log can keep; a failed
    /// document's line goes to <paramref name="errors"/>. Spectre.Console takes a terminal whose standard error is redirected
    /// (<c>convert book.pdf 2&gt; errors.txt</c>) for one that is not interactive, and the run got the log's lines on the
    /// terminal: the bar is drawn on standard output, so a console is made for it there (continuous integration, which
    /// Spectre.Console knows by its variables, still gets lines). With standard error on the same terminal, the bar writes
    /// the failed documents' lines itself, above it: written past it, each was drawn over by the bar's next frame, which
    /// left a stale copy of the bar where the line had been.
    /// </summary>
    public static BatchProgress For(TextWriter output, TextWriter errors)
    {
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected) return new Lines(output, errors);
        var console = Console.IsErrorRedirected
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out), Interactive = InteractionSupport.Yes })
            : AnsiConsole.Console;
        if (!console.Profile.Capabilities.Interactive) return new Lines(output, errors);
        return new Bar(console, ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected ? null : errors);
    }

    /// <summary>The live bar, drawn on <paramref name="console"/>, shown afresh each <paramref name="tick"/> (a second unless
    /// given); failed documents' lines go to <paramref name="errors"/>, or above the bar on the console when null.</summary>
    internal static BatchProgress LiveBar(IAnsiConsole console, TimeSpan? tick = null, TextWriter? errors = null) => new Bar(console, errors, tick);

    private sealed class Bar(IAnsiConsole console, TextWriter? errors, TimeSpan? tick = null) : BatchProgress(tick)
    {
        protected override void Failed(string line)
        {
            if (errors is null) console.WriteLine(line);
            else lock (errors) errors.WriteLine(line);
        }

        // A kept document leaves the bar's work instead of advancing it, so the bar's speed and time left are conversions'.
        // The bar stands at the converted documents plus the running ones' shares of their work (a long document is seen
        // to move from its first pages), and never goes back: a failed document's share is left as it was.
        public override void Run(int total, Action<Action<ConversionProgress>, Action<DocumentOutcome>> work)
        {
            if (total == 1) slow = new SlowDocuments(TimeSpan.Zero);
            console.Progress()
                .Columns(Columns())
                .Start(context =>
                {
                    var task = context.AddTask("Converting", maxValue: total);
                    var (converted, kept, failed, current) = (0, 0, 0, (SlowDocuments.ShownStage?)null);
                    Watch(work, outcome =>
                    {
                        lock (task)
                        {
                            if (outcome.Succeeded && !outcome.Reused) { Advance(++converted); return; }
                            task.MaxValue = Math.Max(task.MaxValue - 1, task.Value);
                            if (outcome.Reused) kept++;
                            else failed++;
                            Describe();
                        }
                    }, (slow, now) =>
                    {
                        lock (task)
                        {
                            current = slow.OldestStage(now);
                            Advance(converted + slow.RunningShare());
                            Describe();
                        }
                    });

                    void Advance(double value)
                    {
                        if (value > task.Value) task.Value = Math.Min(value, task.MaxValue);
                    }

                    // The terminal's width is read at each change, so a window made narrower gets a shorter description.
                    void Describe() => task.Description = Markup.Escape(Described("Converting" + (kept + failed > 0 ? $" ({Counted(kept, failed)[2..]})" : ""),
                        current, console.Profile.Width - BarColumns));
                });
        }
    }

    private sealed class Lines(TextWriter output, TextWriter errors) : BatchProgress()
    {
        protected override void Failed(string line)
        {
            lock (errors) errors.WriteLine(line);
        }

        public override void Run(int total, Action<Action<ConversionProgress>, Action<DocumentOutcome>> work)
        {
            var clock = Stopwatch.StartNew();
            var done = 0;
            var kept = 0;
            var failed = 0;
            var lastReportMs = long.MinValue / 2;
            Watch(work, outcome =>
            {
                lock (output)
                {
                    done++;
                    if (outcome.Reused) kept++;
                    else if (!outcome.Succeeded) failed++;
                    // Past 20 documents a line a second is enough; the first and last always show.
                    if (total > 20 && done < total && clock.ElapsedMilliseconds - lastReportMs < 1000) return;
                    lastReportMs = clock.ElapsedMilliseconds;
                    var state = outcome.Reused ? "kept" : outcome.Succeeded ? "ok" : "failed";
                    output.WriteLine($"[{done}/{total}] {state} {LogText.Escaped(outcome.Input.Path)} ({Pace(done - kept - failed, total > 20 ? total - done : null, clock.Elapsed)}{Counted(kept, failed)})");
                }
            }, (slow, now) =>
            {
                lock (output)
                    foreach (var line in slow.Due(now)) output.WriteLine(line);
            });
        }
    }

    /// <summary>
    /// How fast the run converts, after <paramref name="converted"/> documents in <paramref name="elapsed"/>, with the time
    /// the <paramref name="left"/> documents will take when given: "4.6 docs/s, 6m 22s left". Under a document a second the
    /// time a document takes, "24.4s per doc": "0.0 docs/s" read as a run that had stopped. The time left is read as the
    /// elapsed time is ("1h 02m left"); "3820s left" made a person do the sum.
    /// </summary>
    internal static string Pace(int converted, int? left, TimeSpan elapsed)
    {
        if (converted == 0) return "none converted yet";
        // A rate over one document says nothing ("0.1 docs/s" for a 7-second page): the time taken does.
        if (converted == 1) return $"{Elapsed(elapsed)} elapsed";
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var rate = converted / seconds;
        var pace = rate >= 0.95 ? string.Create(CultureInfo.InvariantCulture, $"{rate:0.0} docs/s") : $"{Elapsed(TimeSpan.FromSeconds(seconds / converted))} per doc";
        return left is { } count ? $"{pace}, {Remaining(TimeSpan.FromSeconds(count / rate))} left" : pace;
    }

    // A time to come in whole seconds under a minute ("40s"), as Elapsed reads it beyond.
    private static string Remaining(TimeSpan time) =>
        time.TotalMinutes < 1 ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(time.TotalSeconds):0}s") : Elapsed(time);

    /// <summary>The bar's columns: the description, the bar, the percentage and the time left.</summary>
    internal static ProgressColumn[] Columns() => [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn()];

    /// <summary>What the bar's other columns take at least: a bar of 6 cells, the percentage (4) and the time left (8),
    /// each after a space, and a last column kept free. Spectre.Console gives a description that leaves less room all the
    /// row's width and wraps the time left down the lines below, one or two characters a line ("--", ":-", "-:"), with no
    /// bar at all (an 80-column terminal did so for every slow document: "Converting: long.md: analysing: claims and
    /// attributions, 55 of 2,736 paragraphs" is 80 characters).</summary>
    internal const int BarColumns = 6 + 1 + 4 + 1 + 8 + 1;

    /// <summary>
    /// The description in at most <paramref name="room"/> characters: "Converting: atlas.pdf: analysing: claims and attributions,
    /// 1,200 of 3,033 paragraphs" where it fits; else the stage in brief ("claims and attributions 1,200/3,033"), the
    /// file name cut in its middle (its end, with the extension, kept), then "Converting" left out, then the file name, so
    /// the count is the last part to go; on a terminal too narrow even for that, the text is cut at its end with "…".
    /// </summary>
    internal static string Described(string head, SlowDocuments.ShownStage? current, int room)
    {
        room = Math.Max(room, 12);
        if (current is null) return Cut(head, room);
        foreach (var stage in new[] { current.Stage, current.Brief })
        {
            var nameRoom = room - head.Length - 2 - 2 - stage.Length;
            if (nameRoom >= Math.Min(current.File.Length, ShortestName)) return $"{head}: {Middle(current.File, nameRoom)}: {stage}";
        }
        var left = room - 2 - current.Brief.Length;
        return left >= Math.Min(current.File.Length, ShortestName) ? $"{Middle(current.File, left)}: {current.Brief}" : Cut(current.Brief, room);
    }

    private const int ShortestName = 12;

    private static string Cut(string text, int room) => text.Length <= room ? text : text[..(room - 1)] + "…";

    // "0a12df42d1764095989ab078ee0f940b.html" in 16: "0a12df…940b.html"
    private static string Middle(string name, int room)
    {
        if (name.Length <= room) return name;
        var end = Math.Min(name.Length - name.LastIndexOf('.') + 4, (room - 1) / 2);
        return name[..(room - 1 - end)] + "…" + name[^end..];
    }

    /// <summary>The documents left out of the rate, each kind after ", " when there are any: ", 2 kept from an earlier run, 1 failed".</summary>
    internal static string Counted(int kept, int failed) =>
        (kept > 0 ? $", {kept} kept from an earlier run" : "") + (failed > 0 ? $", {failed} failed" : "");
}
