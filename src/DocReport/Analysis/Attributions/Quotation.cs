namespace DocReport.Analysis.Attributions;

/// <summary>A quotation from its opening mark to just after its closing mark; it may run over several paragraphs.</summary>
internal sealed record Quotation(int Start, int End)
{
    /// <summary>Marked with two apostrophes each side (''...''): the rules still read a cue inside it (<see cref="QuotationFinder"/>).</summary>
    public bool Doubled { get; init; }

    public bool Overlaps(int start, int end) => Start < end && start < End;

    /// <summary>
    /// True when the text opens a quotation it does not close: more opening than closing curly marks, or, with no curly
    /// opening mark, an odd number of straight ones (a doubled apostrophe '' counting as one).
    /// </summary>
    public static bool OpenIn(ReadOnlySpan<char> text) =>
        text.Count('“') is var opening and > 0 ? opening > text.Count('”') : (text.Count('"') + text.Count("''")) % 2 == 1;
}
