using DocReport.Bench.ClaimTraining;

namespace DocReport.Tests.Bench;

// Round 40's learning curve of bench/ClaimTraining's opinion classifier (`opinion-curve`): out-of-fold AUC by news-cv page folds, trained
// on shares of the other folds' pages, and the labels file it reads.
public sealed class OpinionCurveTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("opinion-curve").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // Forty made-up pages (so every fold holds some), each with one opinion and one fact in the words of OpinionScoreTests', told of its own town.
    private static List<OpinionLabel> Labels() =>
    [
        .. Enumerable.Range(0, 40).SelectMany(page => new[]
        {
            new OpinionLabel($"town-{page}.html", true, OpinionScoreTests.Opinions[page % OpinionScoreTests.Opinions.Length].Replace("town", $"town of Page{page}")),
            new OpinionLabel($"town-{page}.html", false, OpinionScoreTests.Facts[page % OpinionScoreTests.Facts.Length] + $" It was in Page{page}."),
        }),
    ];

    private static TrainingSettings Settings() => new(L2: 1e-3, Epochs: 60, LearningRate: 0.05, PositiveWeight: 1, MinimumCount: 1);

    [Fact]
    public void The_labels_file_skips_comments_and_counts_the_kinds_asked_for_as_opinion()
    {
        var path = Path.Combine(folder, "labels.tsv");
        File.WriteAllLines(path, ["# made-up labels", "a.html\tP1.S1\tNo\topinion\tIt is a disgrace.", "a.html\tP1.S2\tYes\tmixed\tIt closed in 1998, sadly.",
            "", "b.html\tP1.S1\tYes\tfact\tIt opened in 1990.\twith a tab inside"]);
        var opinionOnly = OpinionLabel.Read(path, ["opinion"]);
        var withMixed = OpinionLabel.Read(path, ["opinion", "mixed"]);
        Assert.Equal(3, opinionOnly.Count);
        Assert.Equal([true, false, false], opinionOnly.Select(l => l.IsOpinion));
        Assert.Equal([true, true, false], withMixed.Select(l => l.IsOpinion));
        Assert.Equal("It opened in 1990.\twith a tab inside", opinionOnly[2].Text);
    }

    [Fact]
    public void Every_share_gets_a_point_and_words_that_split_the_labels_rank_them_out_of_fold()
    {
        var curve = OpinionCurve.Curve(Labels(), words: true, vectors: null, [0.25, 1], repeats: 3, Settings());
        Assert.Equal([0.25, 1.0], curve.Select(p => p.Share));
        Assert.Equal(3, curve[0].Aucs.Count);
        Assert.Single(curve[1].Aucs); // all the other folds' pages: every repeat would be the same
        Assert.True(curve[0].Trained < curve[1].Trained);
        Assert.True(curve[1].Aucs[0] > 0.9, $"AUC {curve[1].Aucs[0]}");
        Assert.Empty(curve[1].AlsoAucs);
    }

    [Fact]
    public void A_label_is_never_scored_by_a_classifier_that_saw_its_page()
    {
        // Each page's one sentence differs from the others only by a word of its own, and the labels alternate: a classifier that had
        // trained on the page would score it by that word; one that never saw it scores every sentence alike, an AUC of one half.
        var labels = Enumerable.Range(0, 40).Select(page => new OpinionLabel($"desk-{page}.html", page % 2 == 0, $"Report number Word{page} of the desk.")).ToList();
        var curve = OpinionCurve.Curve(labels, true, null, [1], 1, Settings());
        Assert.Equal(0.5, curve[0].Aucs[0], 6);
    }

    [Fact]
    public void The_also_labels_are_scored_on_their_own()
    {
        var labels = Labels();
        var also = labels.Take(20).Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        var curve = OpinionCurve.Curve(labels, true, null, [0.5, 1], 2, Settings(), also);
        Assert.Equal(2, curve[0].AlsoAucs.Count);
        Assert.Single(curve[1].AlsoAucs);
        Assert.InRange(curve[1].AlsoAucs[0], 0.5, 1);
    }
}
