using DocReport.Model;
using DocReport.Validation;
using static DocReport.Tests.Validation.DatasetFixture;

namespace DocReport.Tests.Validation;

/// <summary>The validation rules are built once and shared: each dataset must still be checked against its own text.</summary>
public class SharedRulesTests
{
    private static ArticleDataset WithFirstSentence(ArticleDataset dataset, Func<Sentence, Sentence> change) =>
        dataset with
        {
            Paragraphs = dataset.Paragraphs.Select((p, i) => i > 0 ? p : p with
            {
                Sentences = p.Sentences.Select((s, j) => j == 0 ? change(s) : s).ToList(),
            }).ToList(),
        };

    [Fact]
    public void Offset_messages_quote_the_text_of_the_dataset_being_checked()
    {
        var sound = Valid();
        var shifted = WithFirstSentence(sound, s => s with { Start = s.Start + 1, End = s.End + 1 });
        var outside = WithFirstSentence(sound, s => s with { End = sound.Text.Length + 5 });
        var validator = new DatasetValidator();

        var mismatch = Assert.Single(validator.Validate(shifted), i => i.Code == ValidationCodes.OffsetsTextMismatch
            && i.Location == "Paragraphs[0].Sentences[0].Text");
        var range = Assert.Single(validator.Validate(outside), i => i.Code == ValidationCodes.OffsetsOutOfRange);

        var s0 = sound.Paragraphs[0].Sentences[0];
        Assert.Equal($"Paragraphs[0].Sentences[0].Text: the text at [{s0.Start + 1},{s0.End + 1}) is " +
            $"\"{RuleExtensions.Excerpt(sound.Text[(s0.Start + 1)..(s0.End + 1)])}\", not \"{RuleExtensions.Excerpt(s0.Text)}\".", mismatch.Message);
        Assert.Equal($"Paragraphs[0].Sentences[0].Start: [{s0.Start},{sound.Text.Length + 5}) is not a range inside the text of {sound.Text.Length} characters.",
            range.Message);
    }

    [Fact]
    public void Datasets_validated_in_parallel_keep_their_own_findings()
    {
        var sound = Valid();
        var shifted = WithFirstSentence(sound, s => s with { Start = s.Start + 1, End = s.End + 1 });
        var validator = new DatasetValidator();

        var findings = Enumerable.Range(0, 64).AsParallel()
            .Select(i => (Broken: i % 2 == 1, Issues: validator.Validate(i % 2 == 1 ? shifted : sound)))
            .ToList();

        Assert.All(findings, f => Assert.Equal(f.Broken, f.Issues.Any(i => i.Code == ValidationCodes.OffsetsTextMismatch)));
        Assert.All(findings.Where(f => !f.Broken), f => Assert.Empty(f.Issues));
    }
}
