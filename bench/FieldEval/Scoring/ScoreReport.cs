namespace DocReport.Bench.FieldEval.Scoring;

/// <summary>The printed figures: a line per article, then the pooled counts; every share with its counts.</summary>
internal static class ScoreReport
{
    public const string Header =
        "article                      sentences        sources P        sources R        speaker right/wrong/unlinked  claims P         claims R         F1     flagged, gold Y";

    public static string Line(string article, ArticleScore s) =>
        $"{article,-28} {s.SentencesMatched,-16} {s.Sources.Precision,-16} {s.Sources.Recall,-16} " +
        $"{$"{s.Speakers.Right}/{s.Speakers.Wrong}/{s.Speakers.Unlinked}",-29} {s.Claims.Precision,-16} {s.Claims.Recall,-16} {s.Claims.F1,-6} {s.Claims.Flagged}, {s.Claims.GoldShare.Part}";

    public static void PrintPooled(ArticleScore s, int articles, IReadOnlyList<string> failed)
    {
        Console.WriteLine();
        Console.WriteLine($"pooled over {articles} articles{(failed.Count > 0 ? $" ({failed.Count} without a dataset: {string.Join("; ", failed)})" : "")}");
        Console.WriteLine($"  gold sentences matched      {s.SentencesMatched}");
        Console.WriteLine($"  output sentences no gold sentence matched (furniture, headline, a gold sentence cut in two): {s.Unjudged}, flagged as claims {new Ratio(s.UnjudgedFlagged, s.Unjudged)}");
        var src = s.Sources;
        Console.WriteLine($"  sources precision           {src.Precision}   name only {src.NamePrecision}   (listed {src.Listed}: right {src.Right}, kind wrong {src.KindWrong}, duplicate {src.Duplicate}, wrong {src.Wrong})");
        Console.WriteLine($"  sources recall              {src.Recall}   name only {src.NameRecall}");
        var spk = s.Speakers;
        Console.WriteLine($"  speaker sentences           right {new Ratio(spk.Right, spk.Spoken)}, wrong {new Ratio(spk.Wrong, spk.Spoken)}, unlinked {new Ratio(spk.Unlinked, spk.Spoken)}");
        Console.WriteLine($"  writer's own sentences      credited to a source {new Ratio(spk.Credited, spk.WritersOwn)}");
        Console.WriteLine($"  claims linked to a source   right speaker {new Ratio(spk.ClaimLinksRight, spk.ClaimLinks)}, another source {new Ratio(spk.ClaimLinksWrong, spk.ClaimLinks)}, on the writer's own {new Ratio(spk.ClaimLinksOnOwn, spk.ClaimLinks)}");
        PrintClaims("claims (matched sentences)", s.Claims);
        PrintClaims("claims, untrained", s.UntrainedClaims);
        Console.WriteLine($"  matched gold sentences in bench/ClaimTraining files: {(s.InTrainingFiles.Count == 0 ? "none" : string.Join(", ", s.InTrainingFiles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")))}");
    }

    private static void PrintClaims(string name, ClaimScore c) =>
        Console.WriteLine($"  {name,-27} P {c.Precision}, R {c.Recall}, F1 {c.F1}; flagged {c.Flagged}, gold {c.GoldShare}");
}
