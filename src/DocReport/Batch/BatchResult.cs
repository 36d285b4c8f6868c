namespace DocReport.Batch;

/// <summary>What became of one input of a batch.</summary>
/// <param name="Input">The input as planned.</param>
/// <param name="Error">Why it was not converted; null when its outputs are in place.</param>
/// <param name="Reused">True when an earlier run had already written complete outputs for the same input and options.</param>
public sealed record DocumentOutcome(BatchInput Input, string? Error, bool Reused = false)
{
    /// <summary>True when the document's outputs are in place.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>What a batch did: one outcome per input in input order, and the batch's own outputs.</summary>
/// <param name="Documents">The outcome of every input of this run (this shard's, when sharded), in input order.</param>
/// <param name="BatchFiles">The batch's own outputs written: the combined workbook, the Parquet folder.</param>
/// <param name="BatchError">Why the batch's own outputs could not be written, when they could not.</param>
public sealed record BatchResult(IReadOnlyList<DocumentOutcome> Documents, IReadOnlyList<string> BatchFiles, string? BatchError)
{
    /// <summary>Documents whose outputs are in place, written now or reused.</summary>
    public int Written => Documents.Count(d => d.Succeeded);

    /// <summary>Documents whose complete outputs from an earlier run were kept.</summary>
    public int Reused => Documents.Count(d => d.Reused);

    /// <summary>The inputs that failed, ordered by path.</summary>
    public IReadOnlyList<DocumentOutcome> Failures =>
        Documents.Where(d => !d.Succeeded).OrderBy(d => d.Input.Path, StringComparer.Ordinal).ToList();
}
