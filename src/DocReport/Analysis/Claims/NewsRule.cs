namespace DocReport.Analysis.Claims;

/// <summary>
/// A pattern of news prose that debate transcripts do not teach the model, with the lowest score a sentence
/// that shows it gets. The detector's score is the largest of the model's probability and the floors of the rules that hold.
/// </summary>
internal sealed record NewsRule(string Name, double Floor, Func<SentenceSignals, bool> Holds)
{
    public static IReadOnlyList<NewsRule> All { get; } =
    [
        new("reported figure", 0.85, s => s.Has(CueCategory.Reporting) && s.HasEvidence(EvidenceKind.IsStatistic)),
        new("official body reports", 0.75, s => s.HasOfficialEntity && s.Has(CueCategory.Reporting) && !s.IsQuestion),
        new("dated report", 0.7, s => s.Has(CueCategory.Reporting) && s.HasEvidence(EvidenceKind.IsTemporal) && HasEntity(s)),
        new("dated event", 0.65, s => s.HasEvidence(k => k == EvidenceKind.Date) && HasEntity(s) && IsImpersonal(s)),
        new("figure about a named body", 0.6, s => s.HasEvidence(EvidenceKind.IsStatistic) && HasEntity(s) && IsImpersonal(s)),
    ];

    private static bool HasEntity(SentenceSignals s) => s.HasEvidence(k => k == EvidenceKind.Entity);

    // Told in the third person, not asked, not an opinion: the register of a news report.
    private static bool IsImpersonal(SentenceSignals s) =>
        !s.IsQuestion && !s.Has(CueCategory.FirstPerson) && !s.Has(CueCategory.Opinion);
}
