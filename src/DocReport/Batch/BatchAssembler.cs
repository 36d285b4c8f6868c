using DocReport.Model;
using DocReport.Output;
using DocReport.Output.Workbook;

namespace DocReport.Batch;

/// <summary>
/// Builds the outputs of a whole batch (the combined workbook) from the documents given in input order, so that a
/// single run and a merge of shards given the same documents write the same bytes.
/// </summary>
internal sealed class BatchAssembler : IDisposable
{
    private readonly string outputRoot;
    private readonly BatchWorkbook? workbook;

    public BatchAssembler(string outputRoot, IReadOnlyCollection<string> formats, int inputCount)
    {
        this.outputRoot = outputRoot;
        if (inputCount > 1 && formats.Contains(OutputFormats.Xlsx))
        {
            Directory.CreateDirectory(outputRoot);
            workbook = new BatchWorkbook(outputRoot);
        }
    }

    /// <summary>True when the batch has outputs of its own to write.</summary>
    public bool HasOutputs => workbook is not null;

    /// <summary>Adds the next input in input order: its dataset when converted, else why it failed.</summary>
    public void Add(BatchInput input, ArticleDataset? dataset, string? error)
    {
        if (workbook is null) return;
        if (dataset is not null) workbook.Add(dataset);
        else workbook.AddFailure(input.Path, error ?? "not converted");
    }

    /// <summary>Writes the batch outputs; returns the files written, or why they could not be.</summary>
    public (IReadOnlyList<string> Files, string? Error) Save()
    {
        if (workbook is null) return ([], null);
        var path = Path.Combine(outputRoot, BatchRunner.BatchWorkbookName);
        try
        {
            workbook.Save(path);
            return ([path], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], $"cannot write the combined workbook {path}: {e.Message}");
        }
    }

    public void Dispose() => workbook?.Dispose();
}
