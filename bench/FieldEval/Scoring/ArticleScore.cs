using System.Globalization;
using DocReport.Bench.FieldEval.Gold;
using DocReport.Bench.FieldEval.Matching;

namespace DocReport.Bench.FieldEval.Scoring;

/// <summary>One article's figures, with every wrong and missed item for --errors; added up, the pooled counts (without the items).</summary>
/// <param name="Unjudged">Output sentences no gold sentence matched: furniture the extractor kept, a headline, or the second part of a gold sentence the splitter cut.</param>
/// <param name="UnjudgedFlagged">Of those, the ones flagged as claims: they reach the brief's key claims.</param>
internal sealed record ArticleScore(
    int Matched, int GoldSentences, int Unjudged, int UnjudgedFlagged, SourceScore Sources, SpeakerScore Speakers, ClaimScore Claims, ClaimScore UntrainedClaims,
    IReadOnlyDictionary<string, int> InTrainingFiles, IReadOnlyList<string> Errors)
{
    public static readonly ArticleScore Zero = new(0, 0, 0, 0, SourceScore.Zero, SpeakerScore.Zero, ClaimScore.Zero, ClaimScore.Zero, new Dictionary<string, int>(), []);

    public Ratio SentencesMatched => new(Matched, GoldSentences);

    public static ArticleScore Of(GoldArticle gold, OutputDataset output, TrainingSentences training)
    {
        var errors = new List<string>();
        var matches = SentenceMatcher.Match(gold.Sentences.Select(s => s.Anchor).ToList(), output.Sentences.Select(s => s.Text).ToList());
        var next = 0;
        for (var i = 0; i < matches.Length; i++)
        {
            if (matches[i] >= 0) { next = matches[i] + 1; continue; }
            var following = next < output.Sentences.Count ? $"{output.Sentences[next].Id} '{Shortened(output.Sentences[next].Text)}'" : "none";
            errors.Add($"sentence unmatched: line {gold.Sentences[i].Line}: {gold.Sentences[i].Anchor} (output sentence after the last match: {following})");
        }
        var sources = SourceScore.Of(gold.Sources, output.Sources, errors);
        var speakers = SpeakerScore.Of(gold, matches, output, errors);
        var (claims, untrained) = (ClaimScore.Zero, ClaimScore.Zero);
        var inTraining = new Dictionary<string, int>();
        for (var i = 0; i < matches.Length; i++)
        {
            if (matches[i] < 0) continue;
            var (sentence, said) = (gold.Sentences[i], output.Sentences[matches[i]]);
            var flagged = output.IsClaim(said.Id);
            claims = claims.Add(flagged, sentence.Claim);
            var files = training.FilesWith(sentence.Anchor);
            foreach (var file in files) inTraining[file] = inTraining.GetValueOrDefault(file) + 1;
            if (files.Count == 0) untrained = untrained.Add(flagged, sentence.Claim);
            if (flagged != sentence.Claim)
                errors.Add(string.Create(CultureInfo.InvariantCulture,
                    $"claim {(flagged ? "extra" : "missed")}: {said.Id} score {said.Score:0.00}{(files.Count > 0 ? " (in " + string.Join(", ", files) + ")" : "")}: {sentence.Anchor}"));
        }
        var unjudged = output.Sentences.Where((_, j) => !matches.Contains(j)).ToList();
        var unjudgedFlagged = unjudged.Where(s => output.IsClaim(s.Id)).ToList();
        errors.AddRange(unjudgedFlagged.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"claim on a sentence no gold sentence matched: {s.Id} score {s.Score:0.00}: '{Shortened(s.Text)}'")));
        return new(matches.Count(m => m >= 0), matches.Length, unjudged.Count, unjudgedFlagged.Count, sources, speakers, claims, untrained, inTraining, errors);
    }

    public static ArticleScore operator +(ArticleScore a, ArticleScore b) => new(
        a.Matched + b.Matched, a.GoldSentences + b.GoldSentences, a.Unjudged + b.Unjudged, a.UnjudgedFlagged + b.UnjudgedFlagged, a.Sources + b.Sources, a.Speakers + b.Speakers,
        a.Claims + b.Claims, a.UntrainedClaims + b.UntrainedClaims,
        a.InTrainingFiles.Concat(b.InTrainingFiles).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value)), []);

    private static string Shortened(string text) => text.Length <= 90 ? text : text[..90] + "...";
}
