namespace DocReport.Reading.Html;

/// <summary>The filters an extraction attempt applies; each retry after too little text drops one, in this order.</summary>
[Flags]
internal enum ExtractionFlags
{
    None = 0,
    StripUnlikelyCandidates = 1,
    WeightClasses = 2,
    CleanConditionally = 4,
    All = StripUnlikelyCandidates | WeightClasses | CleanConditionally,
}
