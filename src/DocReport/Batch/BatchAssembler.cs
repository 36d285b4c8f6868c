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
        var wantsWorkbook = inputCount > 1 && formats.Contains(OutputFormats.Xlsx);
        if (wantsWorkbook || formats.Contains(OutputFormats.Parquet)) Directory.CreateDirectory(outputRoot);
        if (wantsWorkbook) workbook = new BatchWorkbook(outputRoot);
        if (formats.Contains(OutputFormats.Parquet)) parquet = new ParquetDataset(outputRoot);
    }

    /// <summary>True when the batch has outputs of its own to write.</summary>
    public bool HasOutputs => workbook is not null || parquet is not null;

    /// <summary>
    /// Adds the next input in input order: its dataset when converted, else why it failed. A write that fails (a full
    /// disk) does not throw into the conversions: the batch outputs are given up and <see cref="Save"/> says why.
    /// </summary>
    public void Add(string inputPath, ArticleDataset? dataset, string? error)
    {
        if (failure is not null) return;
        try
        {
            if (dataset is not null)
            {
                workbook?.Add(dataset);
                parquet?.AddAsync(dataset).AsTask().GetAwaiter().GetResult();
            }
            else
            {
                workbook?.AddFailure(inputPath, error ?? "not converted");
                parquet?.AddFailureAsync(inputPath, error ?? "not converted").AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = $"cannot write the batch outputs in {outputRoot}: {e.Message}";
        }
    }

    /// <summary>Writes the batch outputs; returns the files and folders written, or why they could not be.</summary>
    public (IReadOnlyList<string> Files, string? Error) Save()
    {
        if (failure is not null) return ([], failure);
        var written = new List<string>();
        try
        {
            if (workbook is not null)
            {
                var path = Path.Combine(outputRoot, BatchRunner.BatchWorkbookName);
                workbook.Save(path);
                written.Add(path);
            }
            if (parquet is not null)
            {
                parquet.SaveAsync().AsTask().GetAwaiter().GetResult();
                written.Add(parquet.Folder);
            }
            return (written, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (written, $"cannot write the batch outputs in {outputRoot}: {e.Message}");
        }
    }

    public void Dispose()
    {
        workbook?.Dispose();
        parquet?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
