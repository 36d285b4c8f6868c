namespace DocReport.Analysis.Claims;

/// <summary>
/// A pattern of news prose that debate transcripts do not teach the model. A floor rule holds for a pattern of reported
/// fact and <see cref="Bound"/> is the least score it allows; a shift rule adds <see cref="Bound"/> to the model's log-odds.
/// The detector's score is sigmoid(model log-odds + shifts), raised to the floors of the rules that hold.
/// </summary>
internal sealed record NewsRule(string Name, double Bound, Func<SentenceSignals, bool> Holds)
{
    public static IReadOnlyList<NewsRule> Floors { get; } =
    [
        new("reported figure", 0.85, s => s.Has(CueCategory.Reporting) && s.HasEvidence(EvidenceKind.IsStatistic)),
        new("official body reports", 0.75, s => s.HasOfficialEntity && s.Has(CueCategory.Reporting) && !s.IsQuestion),
        new("dated report", 0.7, s => s.Has(CueCategory.Reporting) && s.HasEvidence(EvidenceKind.IsTemporal) && HasEntity(s)),
        new("dated event", 0.65, s => s.HasEvidence(k => k == EvidenceKind.Date) && HasEntity(s) && IsImpersonal(s)),
        new("figure about a named body", 0.6, s => s.HasEvidence(EvidenceKind.IsStatistic) && HasEntity(s) && IsImpersonal(s)),
    ];

    // Debaters' "we cut taxes", "he never offered a plan" are checkable without a name or a number; a narrator's "the mood is tense" is not.
    public static IReadOnlyList<NewsRule> LogitShifts { get; } =
    [
        new("nothing to check", -0.3, s => s.Evidence.Count == 0 && !s.Has(CueCategory.FirstPerson) && !s.Has(CueCategory.ThirdPerson) && !HasFactCue(s)),
    ];

    /// <summary>
    /// Shifts apply only while the model's log-odds are below this: a sentence the model is sure of is left alone.
    /// Chosen by `tune-rule` in bench/ClaimTraining on the latest 15% of CT24 train+dev and the news sentences.
    /// </summary>
    public const double ShiftCeiling = 1.0;

    private static bool HasEntity(SentenceSignals s) => s.HasEvidence(k => k == EvidenceKind.Entity);

    private static bool HasFactCue(SentenceSignals s) =>
        s.Has(CueCategory.Comparative) || s.Has(CueCategory.Causal) || s.Has(CueCategory.Prediction);

    // Told in the third person, not asked, not an opinion: the register of a news report.
    private static bool IsImpersonal(SentenceSignals s) =>
        !s.IsQuestion && !s.Has(CueCategory.FirstPerson) && !s.Has(CueCategory.Opinion);
}
