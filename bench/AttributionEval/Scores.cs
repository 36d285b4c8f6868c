namespace DocReport.Bench.AttributionEval;

/// <summary>Counts of one measure, summed over articles.</summary>
internal sealed class Tally
{
    public int Predicted, Expected, Matched, Exact, ExactModuloDeterminer, KindRight, NameRight;
    public int LinksPredicted, LinksExpected, LinksMatched;

    public void Add(Tally other)
    {
        Predicted += other.Predicted; Expected += other.Expected; Matched += other.Matched; Exact += other.Exact;
        ExactModuloDeterminer += other.ExactModuloDeterminer; KindRight += other.KindRight; NameRight += other.NameRight;
        LinksPredicted += other.LinksPredicted; LinksExpected += other.LinksExpected; LinksMatched += other.LinksMatched;
    }

    public static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    public double Precision => Ratio(Matched, Predicted);
    public double Recall => Ratio(Matched, Expected);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double LinkPrecision => Ratio(LinksMatched, LinksPredicted);
    public double LinkRecall => Ratio(LinksMatched, LinksExpected);
}
