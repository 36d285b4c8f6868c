using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>An attribution as found, before its source is resolved: spans, the source phrase read, and the quotations it covers.</summary>
internal sealed record FoundAttribution(Sentence Sentence, Span Source, Span Cue, Span Content, SourcePhrase Phrase)
{
    /// <summary>Quotations attributed to this source, including ones that go on after the cue's sentence.</summary>
    public IReadOnlyList<Quotation> Quotations { get; init; } = [];

    /// <summary>True for a cue inside a subordinate clause ("after the ministry announced X"): its sentence is not attributed as a whole.</summary>
    public bool Embedded { get; init; }
}
