namespace DocReport.Batch;

/// <summary>What became of one input of a batch.</summary>
/// <param name="Input">The input as planned.</param>
/// <param name="Error">Why it was not converted; null when its outputs were written.</param>
public sealed record DocumentOutcome(BatchInput Input, string? Error)
{
    /// <summary>True when the document's outputs were written.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>What a batch did: one outcome per input in input order, and the combined workbook if one was written.</summary>
/// <param name="Documents">The outcome of every input, in input order.</param>
/// <param name="BatchWorkbook">The combined workbook's path, when it was written.</param>
/// <param name="BatchWorkbookError">Why the combined workbook could not be written, when it could not.</param>
public sealed record BatchResult(IReadOnlyList<DocumentOutcome> Documents, string? BatchWorkbook, string? BatchWorkbookError)
{
    /// <summary>Documents whose outputs were written.</summary>
    public int Written => Documents.Count(d => d.Succeeded);

    /// <summary>The inputs that failed, ordered by path.</summary>
    public IReadOnlyList<DocumentOutcome> Failures =>
        Documents.Where(d => !d.Succeeded).OrderBy(d => d.Input.Path, StringComparer.Ordinal).ToList();
}
