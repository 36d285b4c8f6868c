namespace DocReport.Analysis.Attributions;

/// <summary>A quotation from its opening mark to just after its closing mark; it may run over several paragraphs.</summary>
internal sealed record Quotation(int Start, int End)
{
    public bool Overlaps(int start, int end) => Start < end && start < End;
}
