using System.Text;
using DocReport.Model;
using DocReport.Structure;
using DocReport.Validation;

namespace DocReport.Tests.Validation;

/// <summary>
/// Awkward text generated from a fixed seed: whatever the Structure stage makes of it, its offsets must
/// slice its own text, which validation confirms.
/// </summary>
public class GeneratedTextValidationTests
{
    private static readonly string[] Pieces =
    [
        "word", "Mr.", "U.S.", "3.5", "1,200", "...", "…", ". ", "? ", "! ", "\"", "“", "”", "(", ")", " ", "  ", "\t",
        "\n", "\r\n", "-\n", "\u00AD", "\u200B", "\u00A0", "e\u0301", "😀", "\uFEFF", "Share this article",
        "top of page", "Home | News | Sport", "The", "said", "J.", "etc.", "\u0007", "\uFFFD",
    ];

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Offsets_of_a_built_article_always_slice_its_text(int seed)
    {
        var random = new Random(seed);
        var blocks = Enumerable.Range(0, random.Next(1, 12))
            .Select(_ => new Block((BlockKind)random.Next(0, 5), Generate(random, random.Next(0, 80))))
            .ToList();
        var raw = new RawDocument("generated.txt", InputFormat.Text, new string('a', 64), new DocumentMetadata(), blocks);

        var article = new ArticleBuilder().Build(raw).Value!;
        var issues = new DatasetValidator().Validate(ArticleDataset.From(article));

        Assert.DoesNotContain(issues, i => i.Code is ValidationCodes.OffsetsOutOfRange or ValidationCodes.OffsetsTextMismatch
            or ValidationCodes.SentenceOutsideParagraph or ValidationCodes.DuplicateId);
        Assert.Equal(string.Join("\n\n", article.Paragraphs.Select(p => p.Text)), article.Text);
        Assert.True(article.Text.IsNormalized(NormalizationForm.FormC));
    }

    private static string Generate(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }
}
