namespace DocReport.Analysis.Claims;

/// <summary>What a sentence comes from, which decides the calibration of its score.</summary>
internal enum ClaimGenre
{
    /// <summary>A sentence of a document: what DocReport reads, and the default.</summary>
    Article,

    /// <summary>A line of a transcribed debate, as in CLEF CheckThat! (the bench's CT24 figures).</summary>
    Debate,
}
