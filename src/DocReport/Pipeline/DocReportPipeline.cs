using DocReport.Analysis;
using DocReport.Model;
using DocReport.Output;
using DocReport.Output.Brief;
using DocReport.Reading;

namespace DocReport.Pipeline;

/// <summary>Runs the stages in order: read, structure, analyse, validate; then writes the outputs.</summary>
/// <remarks>
/// A pipeline keeps no state between documents: one instance may convert many inputs, from several threads at once.
/// The stages are CPU-bound and run on the calling thread, which a second thread joins where a document's work is
/// independent (claims beside attributions, the writers after the brief); the async methods are async where the input is loaded
/// (a file, a stream, a download). Cancellation is checked between stages, and within the default analysis as it moves through the paragraphs. Disposing the pipeline frees what its
/// default stages hold (the accurate claim model's ONNX session, when no other pipeline uses it); a stage given to the
/// builder stays its caller's to dispose.
/// </remarks>
public sealed class DocReportPipeline : IDisposable
{
    private readonly IDocumentReader reader;
    private readonly IStructureBuilder structure;
    private readonly IArticleAnalyzer analyzer;
    private readonly IDatasetValidator validator;
    private readonly IReadOnlyList<IDatasetWriter> writers;
    private readonly IReadOnlyList<IDisposable> owned;

    internal DocReportPipeline(PipelineOptions options, IDocumentReader reader, IStructureBuilder structure,
        IArticleAnalyzer analyzer, IDatasetValidator validator, IReadOnlyList<IDatasetWriter> writers, IReadOnlyList<IDisposable> owned)
    {
        Options = options;
        this.reader = reader;
        this.structure = structure;
        this.analyzer = analyzer;
        this.validator = validator;
        this.writers = writers;
        this.owned = owned;
    }

    /// <summary>Frees what the pipeline's default stages hold; a conversion must not be running, and none may start afterwards.</summary>
    public void Dispose()
    {
        foreach (var stage in owned) stage.Dispose();
    }

    /// <summary>The settings the stages were built with.</summary>
    public PipelineOptions Options { get; }

    /// <summary>Reads the file at <paramref name="path"/> and converts it; never throws for bad input.</summary>
    public ConversionResult Convert(string path) => Continue(path, InputLoader.Load(path, Options.MaxInputBytes), null, CancellationToken.None);

    /// <summary>Converts bytes already in memory; never throws for bad input.</summary>
    /// <param name="file">The input's name and bytes.</param>
    /// <param name="progress">Told as each stage begins, and when the conversion is done.</param>
    /// <param name="cancellationToken">Checked between stages.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ConversionResult Convert(SourceFile file, IProgress<ConversionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // the name alone is kept for the end: the file's bytes (a long PDF's, tens of MB) are not held while it is converted
        var path = file.Path;
        var result = Run(file, progress, cancellationToken);
        progress?.Report(new(path, ConversionStage.Done));
        return result;
    }

    /// <summary>Reads the file at <paramref name="path"/> asynchronously and converts it; never throws for bad input.</summary>
    /// <param name="path">The article file.</param>
    /// <param name="progress">Told as each stage begins, and when the conversion is done.</param>
    /// <param name="cancellationToken">Stops the read, and the conversion between stages.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ConversionResult> ConvertAsync(string path, IProgress<ConversionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report(new(path, ConversionStage.Loading));
        var loaded = await InputLoader.LoadAsync(path, Options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        return Continue(path, loaded, progress, cancellationToken);
    }

    /// <summary>
    /// Downloads the article at <paramref name="url"/> (http or https) and converts it; never throws for a bad URL,
    /// a failed download or bad content. <see cref="PipelineOptions.DownloadTimeout"/>, <see cref="PipelineOptions.MaxRedirects"/>
    /// and <see cref="PipelineOptions.MaxInputBytes"/> bound the download.
    /// </summary>
    /// <param name="url">The article's address; the dataset's <c>document.url</c> is the address after redirects unless the page names its own.</param>
    /// <param name="progress">Told as each stage begins, and when the conversion is done.</param>
    /// <param name="cancellationToken">Stops the download, and the conversion between stages.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ConversionResult> ConvertAsync(Uri url, IProgress<ConversionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var name = url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString;
        progress?.Report(new(name, ConversionStage.Loading));
        var loaded = await UrlLoader.LoadAsync(url, Options, cancellationToken).ConfigureAwait(false);
        return Continue(name, loaded, progress, cancellationToken);
    }

    /// <summary>Reads <paramref name="input"/> (standard input, say) to its end and converts it; never throws for bad input.</summary>
    /// <param name="input">The article's bytes; read up to <see cref="PipelineOptions.MaxInputBytes"/>, not closed.</param>
    /// <param name="name">Names the input in the dataset's <c>sourcePath</c> and in messages.</param>
    /// <param name="progress">Told as each stage begins, and when the conversion is done.</param>
    /// <param name="cancellationToken">Stops the read, and the conversion between stages.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ConversionResult> ConvertAsync(Stream input, string name, IProgress<ConversionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report(new(name, ConversionStage.Loading));
        var loaded = await InputLoader.ReadAsync(input, name, Options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        return Continue(name, loaded, progress, cancellationToken);
    }

    /// <summary>
    /// Writes the chosen formats into <paramref name="folder"/>; with no formats, those the command writes by default
    /// (<see cref="OutputFormats.Default"/>: pdf, xlsx and json).
    /// </summary>
    /// <remarks>A brief cut short (page limit, content larger than a page) is laid out first, so every other output carries the warning that says so.</remarks>
    public void Write(ArticleDataset dataset, string folder, IReadOnlyCollection<string>? formats = null) => Write(dataset, folder, formats, null);

    /// <summary>
    /// Writes the chosen formats as <see cref="Write(ArticleDataset, string, IReadOnlyCollection{string}?)"/> does, telling
    /// <paramref name="progress"/> <see cref="ConversionStage.Writing"/> with the format as each output begins, from the
    /// thread that writes it (the outputs after the brief are written side by side), and again for each page of the brief
    /// as it is counted and drawn (<see cref="ConversionProgress.PagesDone"/> of <see cref="ConversionProgress.Pages"/>).
    /// </summary>
    public void Write(ArticleDataset dataset, string folder, IReadOnlyCollection<string>? formats, IProgress<ConversionProgress>? progress)
    {
        formats ??= OutputFormats.Default;
        Directory.CreateDirectory(folder);
        var chosen = writers.Where(w => formats.Contains(w.Format, StringComparer.OrdinalIgnoreCase)).ToList();
        void Begin(IDatasetWriter writer) => progress?.Report(new(dataset.Document.SourcePath, ConversionStage.Writing) { Output = writer.Format });
        foreach (var brief in chosen.OfType<BriefWriter>())
        {
            Begin(brief);
            // each page as it is counted (Pages 0) and as it is drawn: a brief has at most a few hundred
            using var laid = brief.Lay(dataset, progress is null ? null : page => progress.Report(
                new(dataset.Document.SourcePath, ConversionStage.Writing) { Output = brief.Format, Pages = page.Pages, PagesDone = page.Page }));
            AtomicFile.Write(Path.Combine(folder, BriefWriter.FileName), laid.Pdf.CopyTo);
            dataset = laid.Annotate(dataset);
        }
        // Each writer reads the same immutable dataset into files of its own: a long document's take a second core.
        Concurrently.Run(chosen.Where(w => w is not BriefWriter).Select(w => (Action)(() => { Begin(w); w.Write(dataset, folder); })).ToArray());
    }

    private ConversionResult Continue(string input, StageResult<SourceFile> loaded, IProgress<ConversionProgress>? progress, CancellationToken cancellationToken)
    {
        if (loaded.Value is { } file) return Convert(file, progress, cancellationToken);
        progress?.Report(new(input, ConversionStage.Done));
        return new(input, null, loaded.Error) { FailedStage = ConversionStage.Loading };
    }

    private ConversionResult Run(SourceFile file, IProgress<ConversionProgress>? progress, CancellationToken cancellationToken)
    {
        // The reports below name the input by its path: the local functions keep what they use alive through the analysis
        // and validation, and the file's bytes are needed only by the reader.
        var path = file.Path;
        var (paragraphs, reported, step, gate, pagesReported) = (0, 0, AnalysisStep.ClaimsAndAttributions, new Lock(), 0);
        var own = analyzer as ArticleAnalyzer;
        Begin(ConversionStage.Reading);
        StageResult<RawDocument> raw;
        using (PageProgress.Listen(progress is null ? null : PageRead)) raw = reader.Read(file);
        if (raw.Value is null) return new(path, null, raw.Error) { FailedStage = ConversionStage.Reading };
        Begin(ConversionStage.Structuring);
        var article = structure.Build(DownloadAddress.Apply(raw.Value, file.Url));
        if (article.Value is null) return new(path, null, article.Error) { FailedStage = ConversionStage.Structuring };
        paragraphs = article.Value.Paragraphs.Count;
        Begin(ConversionStage.Analyzing);
        var dataset = own is not null && (progress is not null || cancellationToken.CanBeCanceled)
            ? own.Analyze(article.Value, Through)
            : analyzer.Analyze(article.Value);
        Begin(ConversionStage.Validating);
        var issues = validator.Validate(dataset);
        dataset = dataset with { Validation = issues };
        var errors = issues.Where(i => i.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
            return new(path, null, "validation failed: " + string.Join("; ", errors.Select(Described)))
                { FailedStage = ConversionStage.Validating };
        return new(path, dataset, null);

        // A rule's message opens with the place it names ("Paragraphs: the article has no paragraphs"): named once, not twice.
        static string Described(ValidationIssue e) =>
            e.Message.StartsWith(e.Location + ":", StringComparison.Ordinal) ? $"{e.Code}: {e.Message}" : $"{e.Code} at {e.Location}: {e.Message}";

        void Begin(ConversionStage stage)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analyzing = stage == ConversionStage.Analyzing;
            progress?.Report(new(path, stage) { Paragraphs = analyzing ? paragraphs : 0, Step = analyzing && own is not null ? step : null });
        }

        // A PDF's reader tells each page read, on this thread: a report for each further hundredth of the pages. Cancellation
        // waits for the next stage (the reader would take its exception for a damaged PDF).
        void PageRead(int done, int pages)
        {
            if (done * 100L / pages <= pagesReported * 100L / pages) return;
            pagesReported = done;
            progress!.Report(new(path, ConversionStage.Reading) { Pages = pages, PagesDone = done });
        }

        // A report as each step begins and for each further hundredth of its paragraphs, at most a hundred a step; cancellation
        // is heard there too. The first step's two halves report from two threads.
        void Through(AnalysisStep at, int done)
        {
            lock (gate)
            {
                // inside the lock: once a report has led to a cancel, the other thread's report is not made
                cancellationToken.ThrowIfCancellationRequested();
                if (at == step && done * 100L / paragraphs <= reported * 100L / paragraphs) return;
                (step, reported) = (at, done);
                progress?.Report(new(path, ConversionStage.Analyzing) { Paragraphs = paragraphs, ParagraphsDone = done, Step = at });
            }
        }
    }
}
