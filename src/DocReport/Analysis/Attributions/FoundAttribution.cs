using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// An attribution as found, before its source is resolved: spans, the source phrase read (null when the span
/// names no source the registry can read, such as "those of us who crossed the river"), and the quotations it covers.
/// </summary>
internal sealed partial record FoundAttribution(Sentence Sentence, Span Source, Span Cue, Span Content, SourcePhrase? Phrase)
{
    /// <summary>Parts of the content besides <see cref="Content"/>: "“A,” she said, “B.”", or a next sentence that goes on with it.</summary>
    public IReadOnlyList<TextRange> ContentParts { get; init; } = [];

    /// <summary>
    /// False when the cue tells an intention or a feeling rather than what was said ("Clinton plans to ...", a belief
    /// <see cref="Kind"/>), or is passive or unsaid: such an attribution names no cited source and links no claim.
    /// </summary>
    public bool Reports { get; init; } = true;

    /// <summary>
    /// True for a cue of criticism, praise or defence whose sentence shows no speech ("Lee attacked the plan."): it reports when
    /// the next sentence opens with a quotation of the same source, or the one before reports it (<see cref="StanceQuotes"/>).
    /// </summary>
    public bool AwaitsQuote { get; init; }

    /// <summary>
    /// False for a report told inside a time clause ("the measure comes after health officials said ...") or as hearsay
    /// ("he reportedly instructed"): its source is cited, but the sentence is someone else's telling, so it links no claim.
    /// </summary>
    public bool LinksClaims { get; init; } = true;

    /// <summary>What the cue tells: speech, a document's finding, or a belief (<see cref="Classified"/>).</summary>
    public AttributionKind Kind { get; init; }

    /// <summary>
    /// This attribution with its kind: a belief when its cue, read from the text, holds no reporting word
    /// (<see cref="ReportingCues.IsBelief"/>), which reports nothing, unless its source is a document, which holds no belief; else a document's when its source is a report, study,
    /// poll or other document ("the FBI summary", "according to a memo"); else speech. A form read whole ("quoted as
    /// saying", a transcript's turn) is a report whatever its cue's words.
    /// </summary>
    public FoundAttribution Classified(bool byCueWords) =>
        byCueWords && ReportingCues.IsBelief(Cue.Text) ? IsDocument ? this with { Kind = AttributionKind.Document, Reports = (OpensSentence || AfterQuotation) && !NotActive().IsMatch(Cue.Text) } : this with { Kind = AttributionKind.Belief, Reports = false }
        : this with { Kind = IsDocument ? AttributionKind.Document : AttributionKind.Speech };

    // "A study from 2012 counted", "The legislation makes clear": a document holds no belief; what its verb tells is what it says or
    // found, when the document opens the sentence as its subject ("as many papers now include" tells what the writer sees) or follows
    // the quotation it gives ("“...,” the letter reads"), unless the verb is passive or a state ("was funded by", "is due to")
    private bool IsDocument => Phrase is { Descriptor.Kind: SourceKind.Document };

    private bool OpensSentence => Source.Start >= Sentence.Start && LeadingConjunction().IsMatch(Sentence.Text[..(Source.Start - Sentence.Start)]);

    [GeneratedRegex(@"^\s*(?:(?:But|And|Yet|So|Now|However,?)\s+)?$")]
    private static partial Regex LeadingConjunction();

    private bool AfterQuotation => Source.Start > Sentence.Start && ClosedQuotation().IsMatch(Sentence.Text[..(Source.Start - Sentence.Start)]);

    // a quotation that opens the sentence or began before it ("Titled “A Very Merry Ad,” the video pans" quotes a title), with
    // the words it quotes in single marks ("“... what they called ‘the comeback of the decade,’” the article read")
    [GeneratedRegex(@"^\s*[""“‘']?(?:(?!\s[""“‘])[^“‘]|\s‘)*[,.!?…]\s*[""”’']+\s*$")]
    private static partial Regex ClosedQuotation();

    [GeneratedRegex(@"\b(?i:by|be|been|being|is|are|was|were|not|never)\b")]
    private static partial Regex NotActive();

    /// <summary>
    /// The sentence the attribution's row stands on when it is not <see cref="Sentence"/>, the one naming the source: an
    /// interview's first answer, its speaker named in the lead (<see cref="InterviewAnswers"/>). The source is resolved in
    /// <see cref="Sentence"/>, then the attribution moves here (<see cref="Moved"/>).
    /// </summary>
    public Sentence? SpokenIn { get; init; }

    /// <summary>This attribution on the sentence it is spoken in.</summary>
    public FoundAttribution Moved => SpokenIn is { } spoken ? this with { Sentence = spoken, SpokenIn = null } : this;

    /// <summary>
    /// True when the content holds the source: nothing was read after the cue ("Lee also said:", "... the release of the inquiry's
    /// report."), so the rules fell back to the whole sentence, which tells nothing of what was reported.
    /// </summary>
    public bool ContentIsSentence => Content.Start <= Source.Start && Source.End <= Content.End;

    /// <summary>Quotations attributed to this source, including ones that go on after the cue's sentence.</summary>
    public IReadOnlyList<Quotation> Quotations { get; init; } = [];
}
