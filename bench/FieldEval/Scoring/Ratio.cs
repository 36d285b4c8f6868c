using System.Globalization;

namespace DocReport.Bench.FieldEval.Scoring;

/// <summary>A share with its counts, printed as "0.930 (226/243)"; pooled by adding counts, never by averaging shares.</summary>
internal readonly record struct Ratio(int Part, int Whole)
{
    public double Value => Whole == 0 ? double.NaN : (double)Part / Whole;

    public override string ToString() => Whole == 0
        ? "-     (0/0)"
        : string.Create(CultureInfo.InvariantCulture, $"{Value:0.000} ({Part}/{Whole})");

    /// <summary>Harmonic mean of two shares, as text; "-" when either is undefined.</summary>
    public static string F1(Ratio precision, Ratio recall)
    {
        var (p, r) = (precision.Value, recall.Value);
        return double.IsNaN(p) || double.IsNaN(r) || p + r == 0
            ? (p + r == 0 ? "0.000" : "-    ")
            : string.Create(CultureInfo.InvariantCulture, $"{2 * p * r / (p + r):0.000}");
    }
}
