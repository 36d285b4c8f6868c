using DocReport.Resources;

namespace DocReport.Analysis.Claims;

/// <summary>
/// Stance features: how much of a sentence judges (evaluative words, degree adverbs, "should", the reader addressed,
/// comparisons with no figure) against how much it anchors in checkable detail (figures, dates, named actors, past-tense
/// actions), and the balance of the two. An opinion judges with nothing to check; a report of an event is anchored.
/// </summary>
internal static class StanceProfile
{
    private static readonly Dictionary<string, string> WordClasses = Read("Analysis/Claims/Data/stance-words.tsv");

    /// <summary>Writes the <c>h:stance:</c> features of the sentence to <paramref name="sink"/>.</summary>
    public static void Write(SentenceSignals signals, FeatureSink sink)
    {
        var (deontic, degree, second, past) = CountClasses(signals.Tokens);
        var figure = signals.HasEvidence(EvidenceKind.IsStatistic);
        var date = signals.HasEvidence(k => k == EvidenceKind.Date);
        var actor = signals.HasEntity;
        var judging = signals.Count(CueCategory.Opinion) + ReportedJudgement.CountJudgementWords(signals.Tokens) + deontic + (second > 0 ? 1 : 0)
            + (signals.Has(CueCategory.Comparative) && !figure ? 1 : 0);
        var anchors = (figure ? 1 : 0) + (date ? 1 : 0) + (actor ? 1 : 0) + (past > 0 ? 1 : 0);
        if (deontic > 0) sink.Add("h:stance:deontic");
        if (degree > 0) sink.Add("h:stance:degree");
        if (second > 0) sink.Add("h:stance:second-person");
        if (past > 0) sink.Add(actor ? "h:stance:named-past" : "h:stance:past");
        if (signals.Has(CueCategory.Comparative) && !figure) sink.Add("h:stance:bare-comparative");
        sink.Add("h:stance:anchors:", Digit(Math.Min(anchors, 3)));
        sink.Add(judging switch { 0 => "h:stance:judges:0", 1 => "h:stance:judges:1", _ => "h:stance:judges:2" });
        sink.Add((judging > 0, anchors > 0) switch
        {
            (true, false) => "h:stance:bare-judgement",
            (true, true) => "h:stance:anchored-judgement",
            (false, true) => "h:stance:anchored",
            _ => "h:stance:neither",
        });
    }

    private static (int Deontic, int Degree, int Second, int Past) CountClasses(IReadOnlyList<SentenceToken> tokens)
    {
        var (deontic, degree, second, past) = (0, 0, 0, 0);
        foreach (var token in tokens)
        {
            var word = token.Lower;
            switch (WordClasses.GetValueOrDefault(word))
            {
                case "deontic": deontic++; break;
                case "degree": degree++; break;
                case "second": second++; break;
                case "past": past++; break;
                default: if (IsRegularPast(word)) past++; break;
            }
        }
        return (deontic, degree, second, past);
    }

    // "announced", "closed": five letters or more ending in -ed, not in -eed ("indeed", "speed").
    private static bool IsRegularPast(string word) =>
        word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal) && char.IsLetter(word[0]);

    private static ReadOnlySpan<char> Digit(int value) => "0123456789".AsSpan(value, 1);

    private static Dictionary<string, string> Read(string path)
    {
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in WordList.Load(path))
        {
            var fields = line.Split('\t');
            if (fields.Length == 2) classes[fields[1]] = fields[0];
        }
        return classes;
    }
}
