namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>The fixed values features take (distance buckets, quotation states, positions), hashed once.</summary>
internal static class FeatureValues
{
    public static readonly FeaturePart Start = FeaturePart.Of("<s>");
    public static readonly FeaturePart End = FeaturePart.Of("</s>");
    public static readonly FeaturePart One = FeaturePart.Of("1");
    public static readonly FeaturePart None = FeaturePart.Of("-");

    private static readonly string[] Buckets = ["0", "1", "2", "3", "4-6", "7-10", "11-20", "far"];
    private const int NoCueCode = 16;

    /// <summary>Codes of <see cref="Distance"/>: a bucket of how far the cue is, twice (with and without punctuation between), and "none".</summary>
    private static readonly FeaturePart[] Distances = Buckets.SelectMany(b => new[] { b, b + "p" }).Append("none").Select(FeaturePart.Of).ToArray();

    // "tqc" joins two distances in one value, as "2far".
    private static readonly FeaturePart[] DistancePairs =
        Distances.SelectMany(a => Distances.Select(b => FeaturePart.Of(a.Text + b.Text))).ToArray();

    public static readonly FeaturePart[] Quote = Enum.GetNames<QuoteState>().Select(FeaturePart.Of).ToArray();
    public static readonly FeaturePart[] Tag = new[] { "O", "SB", "SI", "CB", "CI", "TB", "TI" }.Select(FeaturePart.Of).ToArray();
    public static readonly FeaturePart[] ToEnd = new[] { "0", "1", "2", "3", "4-6", "7-12", "far" }.Select(FeaturePart.Of).ToArray();
    public static readonly FeaturePart First = FeaturePart.Of("first"), Last = FeaturePart.Of("last"), Middle = FeaturePart.Of("mid");
    public static readonly FeaturePart FirstSentence = FeaturePart.Of("s0"), LaterSentence = FeaturePart.Of("s+");
    public static readonly FeaturePart HasCue = FeaturePart.Of("cue"), HasQuote = FeaturePart.Of("quote");

    public static FeaturePart Distance(int code) => Distances[code];

    public static FeaturePart DistancePair(int left, int right) => DistancePairs[left * Distances.Length + right];

    /// <summary>The distance code from token <paramref name="i"/> to the cue at <paramref name="cue"/> (or none), with punctuation between or not.</summary>
    public static int DistanceCode(ParagraphTokens p, int i, int cue)
    {
        if (cue < 0) return NoCueCode;
        var d = Math.Abs(cue - i);
        var bucket = d switch { <= 3 => d, <= 6 => 4, <= 10 => 5, <= 20 => 6, _ => 7 };
        var (from, to) = (Math.Min(i, cue), Math.Max(i, cue));
        for (var k = from + 1; k < to; k++)
            if (p.Tokens[k].Text is "," or ":" || p.Quote[k] is QuoteState.Opening or QuoteState.Closing) return bucket * 2 + 1;
        return bucket * 2;
    }

    public static FeaturePart ToEndOf(int remaining) => ToEnd[remaining switch { <= 3 => remaining, <= 6 => 4, <= 12 => 5, _ => 6 }];
}
