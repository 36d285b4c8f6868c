using DocReport.Model;

namespace DocReport.Output.Brief;

/// <summary>A brief laid out in memory, before it is written, and the warnings for what it had to leave out.</summary>
internal sealed record LaidBrief(MemoryStream Pdf, IReadOnlyList<ValidationIssue> Cuts) : IDisposable
{
    /// <summary>The dataset with the cuts among its warnings, so every output says the brief is incomplete.</summary>
    public ArticleDataset Annotate(ArticleDataset dataset) =>
        Cuts.Count == 0 ? dataset : dataset with { Validation = [.. dataset.Validation, .. Cuts] };

    /// <inheritdoc />
    public void Dispose() => Pdf.Dispose();
}
