using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// A line of tune's <c>--scores</c> file and of its <c>.dev</c> companion: "index TAB gold TAB probability TAB page TAB sentence".
/// The sentence (round 41) lets a model's errors be read beside their out-of-fold scores; the readers (pools, resample,
/// judgements) take the first four fields only, so files written before it still read.
/// </summary>
internal static class ScoresFile
{
    public static string Line(int index, bool gold, double probability, string page, string sentence) =>
        string.Create(CultureInfo.InvariantCulture, $"{index}\t{gold}\t{probability:F4}\t{page}\t{OneLine(sentence)}");

    // A tab or line break inside a sentence would split its row.
    private static string OneLine(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
