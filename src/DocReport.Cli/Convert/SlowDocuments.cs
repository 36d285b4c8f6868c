using System.Globalization;
using DocReport.Pipeline;

namespace DocReport.Cli.Convert;

/// <summary>
/// The documents being converted and the stage each is at: once one has taken longer than <see cref="Delay"/>, its stage is
/// worth showing (a book-length PDF analyses for minutes), while a short batch stays as quiet as a line per document.
/// Times come from the caller, so tests choose them.
/// </summary>
internal sealed class SlowDocuments
{
    /// <summary>How long a document runs before its stages are shown.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(5);

    // While the stage stays the same (an analysis moving through its paragraphs), a log gets a line this often at most.
    private static readonly TimeSpan Repeat = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, Running> running = new(StringComparer.Ordinal);

    private sealed class Running(TimeSpan began, ConversionProgress latest)
    {
        public TimeSpan Began { get; } = began;
        public ConversionProgress Latest { get; set; } = latest;
        public (ConversionStage, AnalysisStep?)? ShownStage { get; set; }
        public string? Shown { get; set; }
        public TimeSpan ShownAt { get; set; }
    }

    /// <summary>A stage of <see cref="ConversionProgress.Input"/> began at <paramref name="now"/>; its first report starts its clock.</summary>
    public void Report(ConversionProgress progress, TimeSpan now)
    {
        if (running.TryGetValue(progress.Input, out var document)) document.Latest = progress;
        else running[progress.Input] = new Running(now, progress);
    }

    /// <summary>The document is finished (written, kept or failed): nothing more is shown of it.</summary>
    public void Finished(string input) => running.Remove(input);

    /// <summary>A log's lines at <paramref name="now"/>: each slow document whose stage is new since its last line, or has moved on for a while.</summary>
    public IReadOnlyList<string> Due(TimeSpan now)
    {
        var lines = new List<string>();
        foreach (var (input, document) in running.OrderBy(r => r.Value.Began))
        {
            var stage = Describe(document.Latest);
            if (now - document.Began < Delay || stage == document.Shown) continue;
            if ((document.Latest.Stage, document.Latest.Step) == document.ShownStage && now - document.ShownAt < Repeat) continue;
            (document.Shown, document.ShownStage, document.ShownAt) = (stage, (document.Latest.Stage, document.Latest.Step), now);
            lines.Add($"  {input}: {stage} ({(now - document.Began).TotalSeconds:0}s so far)");
        }
        return lines;
    }

    /// <summary>What a bar shows at <paramref name="now"/>: the longest-running document past the delay and its stage; null when none is.</summary>
    public string? Oldest(TimeSpan now) => OldestStage(now) is { } oldest ? $"{oldest.File}: {oldest.Stage}" : null;

    /// <summary>The same, in parts a narrow bar can shorten: the file name, the stage, and the stage in brief ("claims and
    /// attributions 1,200/3,033" for "analysing: claims and attributions, 1,200 of 3,033 paragraphs").</summary>
    public ShownStage? OldestStage(TimeSpan now) =>
        running.Where(r => now - r.Value.Began >= Delay).OrderBy(r => r.Value.Began)
            .Select(r => new ShownStage(Path.GetFileName(r.Key), Describe(r.Value.Latest), Brief(r.Value.Latest))).FirstOrDefault();

    /// <summary>A slow document's file name and stage, in full and in brief.</summary>
    public sealed record ShownStage(string File, string Stage, string Brief);

    private static string Brief(ConversionProgress progress) => progress.Stage switch
    {
        ConversionStage.Analyzing when progress.Paragraphs > 0 =>
            string.Create(CultureInfo.InvariantCulture, $"{(progress.Step is { } step ? StepName(step)[2..] : "analysing")} {progress.ParagraphsDone:N0}/{progress.Paragraphs:N0}"),
        _ => Describe(progress),
    };

    private static string Describe(ConversionProgress progress) => progress.Stage switch
    {
        ConversionStage.Analyzing when progress.Paragraphs > 0 =>
            string.Create(CultureInfo.InvariantCulture, $"analysing{StepName(progress.Step)}, {progress.ParagraphsDone:N0} of {progress.Paragraphs:N0} paragraphs"),
        ConversionStage.Writing => $"writing {progress.Output}",
        ConversionStage.Done => "converted",
        var stage => StageNames[stage],
    };

    private static string StepName(AnalysisStep? step) => step switch
    {
        AnalysisStep.ClaimsAndAttributions => ": claims and attributions",
        AnalysisStep.Sources => ": sources",
        _ => "",
    };

    private static readonly Dictionary<ConversionStage, string> StageNames = new()
    {
        [ConversionStage.Loading] = "loading", [ConversionStage.Reading] = "reading", [ConversionStage.Structuring] = "structuring",
        [ConversionStage.Analyzing] = "analysing", [ConversionStage.Validating] = "validating",
    };
}
