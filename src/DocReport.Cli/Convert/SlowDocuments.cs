using System.Globalization;
using DocReport.Pipeline;

namespace DocReport.Cli.Convert;

/// <summary>
/// The documents being converted and the stage each is at: once one has taken longer than the delay (<see cref="Delay"/>
/// unless given), its stage is worth showing (a book-length PDF analyses for minutes), while a short batch stays as quiet as
/// a line per document. Each running document's share of its work done (<see cref="Share"/>) lets a bar move before it is
/// finished. Times come from the caller, so tests choose them.
/// </summary>
internal sealed class SlowDocuments(TimeSpan? delay = null)
{
    /// <summary>How long a document runs before its stages are shown.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(5);

    // While the stage stays the same (an analysis moving through its paragraphs), a log gets a line this often at most.
    private static readonly TimeSpan Repeat = TimeSpan.FromSeconds(10);

    private readonly TimeSpan delay = delay ?? Delay;

    private readonly Dictionary<string, Running> running = new(StringComparer.Ordinal);

    private sealed class Running(TimeSpan began, ConversionProgress latest)
    {
        public TimeSpan Began { get; } = began;
        public ConversionProgress Latest { get; set; } = latest;
        public bool Paged { get; set; } = PagesRead(latest);
        public (ConversionStage, AnalysisStep?)? ShownStage { get; set; }
        public string? Shown { get; set; }
        public TimeSpan ShownAt { get; set; }
    }

    /// <summary>A stage of <see cref="ConversionProgress.Input"/> began at <paramref name="now"/>; its first report starts its clock.</summary>
    public void Report(ConversionProgress progress, TimeSpan now)
    {
        if (running.TryGetValue(progress.Input, out var document)) (document.Latest, document.Paged) = (progress, document.Paged || PagesRead(progress));
        else running[progress.Input] = new Running(now, progress);
    }

    // A PDF's pages read weigh its reading; the brief's pages, counted when any document is written, do not.
    private static bool PagesRead(ConversionProgress progress) => progress.Stage == ConversionStage.Reading && progress.Pages > 0;

    /// <summary>The running documents' work done, in documents: the sum of each one's <see cref="Share"/>.</summary>
    public double RunningShare() => running.Values.Sum(r => Share(r.Latest, r.Paged));

    /// <summary>
    /// How much of a document's work is done once <paramref name="progress"/> is reported, from 0 to 1 (1 only once it is
    /// written, which the caller counts): each stage begins where the one before it ends, and moves within itself only as
    /// its count does (a PDF's pages read, each analysis step's paragraphs), never with time. The stages' shares are those of
    /// long documents' time (<see cref="Stages"/>); <paramref name="paged"/>: the reader has counted pages (a PDF's, whose
    /// reading is a fifth of the work).
    /// </summary>
    internal static double Share(ConversionProgress progress, bool paged)
    {
        var shares = paged ? PagedShares : Shares;
        double Before(Stages stage) => shares.Where(s => s.Stage < stage).Sum(s => s.Share);
        double Within(Stages stage, int done, int of) => Before(stage) + shares.First(s => s.Stage == stage).Share * (of > 0 ? Math.Clamp((double)done / of, 0, 1) : 0);
        return progress.Stage switch
        {
            ConversionStage.Loading => 0,
            ConversionStage.Reading => Within(Stages.Reading, progress.PagesDone, progress.Pages),
            ConversionStage.Structuring => Before(Stages.Structuring),
            ConversionStage.Analyzing when progress.Step == AnalysisStep.Sources => Within(Stages.Sources, progress.ParagraphsDone, progress.Paragraphs),
            // a replaced analyzer reports no steps: its count runs through both
            ConversionStage.Analyzing when progress.Step is null => Before(Stages.ClaimsAndAttributions)
                + (shares.First(s => s.Stage == Stages.ClaimsAndAttributions).Share + shares.First(s => s.Stage == Stages.Sources).Share)
                * (progress.Paragraphs > 0 ? Math.Clamp((double)progress.ParagraphsDone / progress.Paragraphs, 0, 1) : 0),
            ConversionStage.Analyzing => Within(Stages.ClaimsAndAttributions, progress.ParagraphsDone, progress.Paragraphs),
            ConversionStage.Validating => Before(Stages.Validating),
            ConversionStage.Done => Before(Stages.Brief),
            // the brief's pages move its share only as they are drawn: while they are counted there is no total yet
            ConversionStage.Writing when progress.Output == "pdf" => Before(Stages.Brief) + shares.First(s => s.Stage == Stages.Brief).Share
                * (progress.Pages > 0 ? BriefCounting + (1 - BriefCounting) * Math.Clamp((double)progress.PagesDone / progress.Pages, 0, 1) : 0),
            ConversionStage.Writing => Before(Stages.OtherOutputs),
            _ => 0,
        };
    }

    /// <summary>A document's work in the order it is done, as <see cref="Share"/> weighs it.</summary>
    internal enum Stages { Reading, Structuring, ClaimsAndAttributions, Sources, Validating, Brief, OtherOutputs }

    // Shares of the wall time by stage, rounded, from long documents converted alone on the shared machine (round 30, load
    // 35-170): long.docx (26,782 paragraphs, 430 s: reading and structuring 24 s, claims and attributions 94 s, sources
    // 172 s, validation 22 s, the brief 86 s, the other outputs 28 s) and a 361-page PDF (8,551 paragraphs, 95 s: reading
    // 16 s, structuring 4 s, claims and attributions 26 s, sources 11 s, validation 4 s, the brief 26 s, the rest 6 s);
    // round 29's profile of long.pdf gave its reading 22% of the CPU. The sources step grows faster than the paragraphs, so
    // the two analysis steps are given near-equal shares. Each list sums to 1.
    private static readonly (Stages Stage, double Share)[] PagedShares =
        [(Stages.Reading, 0.18), (Stages.Structuring, 0.05), (Stages.ClaimsAndAttributions, 0.25), (Stages.Sources, 0.17), (Stages.Validating, 0.04), (Stages.Brief, 0.22), (Stages.OtherOutputs, 0.09)];

    private static readonly (Stages Stage, double Share)[] Shares =
        [(Stages.Reading, 0.02), (Stages.Structuring, 0.04), (Stages.ClaimsAndAttributions, 0.30), (Stages.Sources, 0.27), (Stages.Validating, 0.05), (Stages.Brief, 0.22), (Stages.OtherOutputs, 0.10)];

    // The brief's first pass (composing it and counting its pages) as a share of the brief's time: 8 s of 14 for an
    // 88-page brief and 11 s of 20 for a 231-page one (PolNeAR train digests of 60 and 200 articles, load 125-140, round 32).
    private const double BriefCounting = 0.55;

    /// <summary>The document is finished (written, kept or failed): nothing more is shown of it.</summary>
    public void Finished(string input) => running.Remove(input);

    /// <summary>A log's lines at <paramref name="now"/>: each slow document whose stage is new since its last line, or has moved on for a while.</summary>
    public IReadOnlyList<string> Due(TimeSpan now)
    {
        var lines = new List<string>();
        foreach (var (input, document) in running.OrderBy(r => r.Value.Began))
        {
            var stage = Describe(document.Latest);
            if (now - document.Began < delay || stage == document.Shown) continue;
            if ((document.Latest.Stage, document.Latest.Step) == document.ShownStage && now - document.ShownAt < Repeat) continue;
            (document.Shown, document.ShownStage, document.ShownAt) = (stage, (document.Latest.Stage, document.Latest.Step), now);
            lines.Add($"  {LogText.Escaped(input)}: {stage} ({(now - document.Began).TotalSeconds:0}s so far)");
        }
        return lines;
    }

    /// <summary>What a bar shows at <paramref name="now"/>: the longest-running document past the delay and its stage; null when none is.</summary>
    public string? Oldest(TimeSpan now) => OldestStage(now) is { } oldest ? $"{oldest.File}: {oldest.Stage}" : null;

    /// <summary>The same, in parts a narrow bar can shorten: the file name, the stage, and the stage in brief ("claims and
    /// attributions 1,200/3,033" for "analysing: claims and attributions, 1,200 of 3,033 paragraphs").</summary>
    public ShownStage? OldestStage(TimeSpan now) =>
        running.Where(r => now - r.Value.Began >= delay).OrderBy(r => r.Value.Began)
            .Select(r => new ShownStage(LogText.Escaped(Path.GetFileName(r.Key)), Describe(r.Value.Latest), Brief(r.Value.Latest))).FirstOrDefault();

    /// <summary>A slow document's file name and stage, in full and in brief.</summary>
    public sealed record ShownStage(string File, string Stage, string Brief);

    private static string Brief(ConversionProgress progress) => progress.Stage switch
    {
        ConversionStage.Reading when progress.Pages > 0 => string.Create(CultureInfo.InvariantCulture, $"reading {progress.PagesDone:N0}/{progress.Pages:N0} {Noun(progress.Pages, "page")}"),
        ConversionStage.Writing when progress.Pages > 0 => string.Create(CultureInfo.InvariantCulture, $"{OutputName(progress.Output)} {progress.PagesDone:N0}/{progress.Pages:N0}"),
        ConversionStage.Writing when progress.PagesDone > 0 => string.Create(CultureInfo.InvariantCulture, $"{OutputName(progress.Output)} counting {progress.PagesDone:N0}"),
        ConversionStage.Analyzing when progress.Paragraphs > 0 =>
            string.Create(CultureInfo.InvariantCulture, $"{(progress.Step is { } step ? StepName(step)[2..] : "analysing")} {progress.ParagraphsDone:N0}/{progress.Paragraphs:N0}"),
        _ => Describe(progress),
    };

    private static string Describe(ConversionProgress progress) => progress.Stage switch
    {
        ConversionStage.Reading when progress.Pages > 0 => string.Create(CultureInfo.InvariantCulture, $"reading, {progress.PagesDone:N0} of {progress.Pages:N0} {Noun(progress.Pages, "page")}"),
        ConversionStage.Analyzing when progress.Paragraphs > 0 =>
            string.Create(CultureInfo.InvariantCulture, $"analysing{StepName(progress.Step)}, {progress.ParagraphsDone:N0} of {progress.Paragraphs:N0} {Noun(progress.Paragraphs, "paragraph")}"),
        ConversionStage.Writing when progress.Pages > 0 =>
            string.Create(CultureInfo.InvariantCulture, $"writing {OutputName(progress.Output)}, page {progress.PagesDone:N0} of {progress.Pages:N0}"),
        ConversionStage.Writing when progress.PagesDone > 0 =>
            string.Create(CultureInfo.InvariantCulture, $"writing {OutputName(progress.Output)}, counting its pages: {progress.PagesDone:N0}"),
        ConversionStage.Writing => "writing " + OutputName(progress.Output),
        ConversionStage.Done => "converted",
        var stage => StageNames[stage],
    };

    // "0 of 1 paragraph", as a person writes it; every other count takes the plural.
    private static string Noun(int count, string singular) => count == 1 ? singular : singular + "s";

    // The file a format's writer makes, as the user finds it in the document's folder.
    private static string OutputName(string? format) => format switch
    {
        "pdf" => "brief.pdf",
        "xlsx" => "dataset.xlsx",
        "json" => "dataset.json",
        "csv" => "the CSV files",
        _ => format ?? "the outputs",
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
