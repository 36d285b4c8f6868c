using System.Text;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Tests.Output;

namespace DocReport.Tests.Structure;

/// <summary>
/// German ordinals ("am 12. März", "im 19. Jahrhundert") read back from dataset.json: a date or century in a sentence
/// leaves it whole, so no claim or key finding starts with "März 2021 ..." cut from its first half.
/// </summary>
public sealed class OrdinalSentenceOutputTests
{
    private static IReadOnlyList<Paragraph> JsonParagraphs(string html)
    {
        using var pipeline = new PipelineBuilder().Build();
        var dataset = pipeline.Convert(new SourceFile("seite.html", Encoding.UTF8.GetBytes(html))).Dataset!;
        return JsonRoundTrip.Of(dataset).Paragraphs;
    }

    [Fact]
    public void A_german_date_or_century_keeps_its_sentence_whole_in_the_dataset()
    {
        const string html = """
            <html lang="de"><head><title>Neue Fähre für den Hafen</title></head><body><article>
            <h1>Neue Fähre für den Hafen</h1>
            <p>Die neue Fähre soll am 14. März 2026 den Betrieb aufnehmen und täglich 1.200 Fahrgäste befördern. Der Hafen
            wurde im 18. Jahrhundert gebaut und zuletzt 1994 erweitert.</p>
            <p>Der Stadtrat hatte am 2. Dezember über die Kosten von 4,5 Millionen Euro beraten. Die Mehrheit stimmte zu.</p>
            </article></body></html>
            """;

        var sentences = JsonParagraphs(html).SelectMany(p => p.Sentences).Select(s => s.Text).ToList();

        Assert.Contains(sentences, s => s.StartsWith("Die neue Fähre soll am 14. März 2026", StringComparison.Ordinal) && s.EndsWith("befördern.", StringComparison.Ordinal));
        Assert.Contains("Der Hafen wurde im 18. Jahrhundert gebaut und zuletzt 1994 erweitert.", sentences);
        Assert.Contains("Der Stadtrat hatte am 2. Dezember über die Kosten von 4,5 Millionen Euro beraten.", sentences);
        Assert.Contains("Die Mehrheit stimmte zu.", sentences);
        Assert.DoesNotContain(sentences, s => s.StartsWith("März", StringComparison.Ordinal) || s.StartsWith("Jahrhundert", StringComparison.Ordinal) || s.StartsWith("Dezember", StringComparison.Ordinal));
    }
}
