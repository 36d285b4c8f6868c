namespace DocReport.Bench.FieldEval.Scoring;

/// <summary>Matched sentences flagged as claims (a claim has the sentence's id) against the gold's check-worthy ones.</summary>
internal sealed record ClaimScore(int TruePositive, int FalsePositive, int FalseNegative, int TrueNegative)
{
    public static readonly ClaimScore Zero = new(0, 0, 0, 0);

    public int Sentences => TruePositive + FalsePositive + FalseNegative + TrueNegative;
    public Ratio Precision => new(TruePositive, TruePositive + FalsePositive);
    public Ratio Recall => new(TruePositive, TruePositive + FalseNegative);
    public string F1 => Ratio.F1(Precision, Recall);
    public Ratio Flagged => new(TruePositive + FalsePositive, Sentences);
    public Ratio GoldShare => new(TruePositive + FalseNegative, Sentences);

    public ClaimScore Add(bool flagged, bool gold) => this with
    {
        TruePositive = TruePositive + (flagged && gold ? 1 : 0),
        FalsePositive = FalsePositive + (flagged && !gold ? 1 : 0),
        FalseNegative = FalseNegative + (!flagged && gold ? 1 : 0),
        TrueNegative = TrueNegative + (!flagged && !gold ? 1 : 0),
    };

    public static ClaimScore operator +(ClaimScore a, ClaimScore b) => new(
        a.TruePositive + b.TruePositive, a.FalsePositive + b.FalsePositive, a.FalseNegative + b.FalseNegative, a.TrueNegative + b.TrueNegative);
}
