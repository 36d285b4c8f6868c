using DocReport.Model;
using DocReport.Output;
using DocReport.Output.Parquet;
using DocReport.Output.Workbook;

namespace DocReport.Batch;

/// <summary>
/// Builds the outputs of a whole batch (the combined workbook, the Parquet dataset) from the documents given in input
/// order, so that a single run and a merge of shards given the same documents write the same bytes.
/// </summary>
internal sealed class BatchAssembler : IDisposable
{
    private readonly string outputRoot;
    private readonly BatchWorkbook? workbook;
    private readonly ParquetDataset? parquet;
    private string? failure;

    public BatchAssembler(string outputRoot, IReadOnlyCollection<string> formats, int inputCount)
    {
        this.outputRoot = outputRoot;
        var names = OutputNames(formats, inputCount);
        if (names.Count > 0) Directory.CreateDirectory(outputRoot);
        if (names.Contains(BatchRunner.BatchWorkbookName)) workbook = new BatchWorkbook(outputRoot);
        if (names.Contains(BatchRunner.ParquetFolderName)) parquet = new ParquetDataset(outputRoot);
    }

    /// <summary>The batch outputs written for <paramref name="formats"/>, by their names in the output root: a combined
    /// workbook when there is more than one input to combine, the Parquet folder.</summary>
    public static IReadOnlyList<string> OutputNames(IReadOnlyCollection<string> formats, int inputCount) =>
    [
        .. inputCount > 1 && formats.Contains(OutputFormats.Xlsx) ? [BatchRunner.BatchWorkbookName] : Array.Empty<string>(),
        .. formats.Contains(OutputFormats.Parquet) ? [BatchRunner.ParquetFolderName] : Array.Empty<string>(),
    ];

    /// <summary>True when the batch has outputs of its own to write.</summary>
    public bool HasOutputs => workbook is not null || parquet is not null;

    /// <summary>
    /// Adds the next input in input order: its dataset when converted, else why it failed. A write that fails (a full
    /// disk, too little memory) does not throw into the conversions: the batch outputs are given up and <see cref="Save"/> says why.
    /// <paramref name="folder"/> is the document's output folder relative to the output root.
    /// </summary>
    public void Add(string inputPath, ArticleDataset? dataset, string? error, string? folder = null)
    {
        if (failure is not null) return;
        try
        {
            if (dataset is not null)
            {
                workbook?.Add(dataset, folder);
                parquet?.AddAsync(dataset, folder).AsTask().GetAwaiter().GetResult();
            }
            else
            {
                workbook?.AddFailure(inputPath, error ?? "not converted");
                parquet?.AddFailureAsync(inputPath, error ?? "not converted").AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || OutOfMemory.Is(e))
        {
            failure = Reason(e);
        }
    }

    /// <summary>
    /// Writes the batch outputs; returns the files and folders written, or why they could not be. Cancelled before the
    /// last of them is in place, it leaves every batch output of an earlier run as it was (none is half this run's) and
    /// throws <see cref="OperationCanceledException"/>; cancelled once the workbook is in place (the Parquet files follow
    /// it) or with no batch output to write, it finishes: nothing is left to stop.
    /// </summary>
    public (IReadOnlyList<string> Files, string? Error) Save(CancellationToken token = default)
    {
        if (failure is not null) return ([], failure);
        var written = new List<string>();
        try
        {
            // The Parquet files are finished first and moved only once the workbook is in place: the workbook's move is the one point of no return.
            parquet?.FinishAsync(token).AsTask().GetAwaiter().GetResult();
            if (workbook is not null)
            {
                var path = Path.Combine(outputRoot, BatchRunner.BatchWorkbookName);
                workbook.Save(path, token);
                written.Add(path);
            }
            else if (parquet is not null) token.ThrowIfCancellationRequested();
            if (parquet is not null)
            {
                parquet.Commit();
                written.Add(parquet.Folder);
            }
            return (written, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || OutOfMemory.Is(e))
        {
            return (written, Reason(e));
        }
    }

    // The document folders are written whatever befalls the batch outputs: a full disk or too little memory gives up only these.
    private string Reason(Exception e) => OutOfMemory.Is(e)
        ? OutOfMemory.Reason($"writing the batch outputs in {outputRoot}",
            "the document folders are complete and kept; run the same command again where more memory is available")
        : WriteFailure.Reason(e, $"the batch outputs in {outputRoot}");

    public void Dispose()
    {
        workbook?.Dispose();
        parquet?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
