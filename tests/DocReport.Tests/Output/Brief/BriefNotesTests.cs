using DocReport.Model;
using UglyToad.PdfPig;

namespace DocReport.Tests.Output.Brief;

/// <summary>
/// A note may state a fact ("Figures from the county election office, published in March."): it stays a claim in the
/// dataset, but the brief's key findings and key claims are the body's. Read back from the brief with PdfPig.
/// </summary>
public sealed class BriefNotesTests : IDisposable
{
    private const string NoteText = "Figures from the county election office, published in March.";
    private readonly BriefFolder folder = new();

    public void Dispose() => folder.Dispose();

    // The last two paragraphs put in section `section`, their claims the article's highest scores.
    private static (ArticleDataset Dataset, string[] Top) WithTopClaimsIn(string section)
    {
        var dataset = BriefFixture.Create(30);
        var last = dataset.Paragraphs.TakeLast(2).Select(p => p.Id).ToHashSet();
        var top = dataset.Claims.Where(c => last.Contains(c.ParagraphId)).Select(c => c.Id).ToArray();
        return (dataset with
        {
            Paragraphs = dataset.Paragraphs.Select(p => last.Contains(p.Id) ? p with { Section = section } : p).ToList(),
            Claims = dataset.Claims.Select(c => top.Contains(c.Id) ? c with { Text = NoteText, Score = 0.99 } : c).ToList(),
        }, top);
    }

    private string Listed(ArticleDataset dataset)
    {
        using var pdf = folder.Write(dataset);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        return text[text.IndexOf("Key findings", StringComparison.Ordinal)..text.IndexOf("Sources", StringComparison.Ordinal)];
    }

    [Fact]
    public void Claims_of_the_notes_are_neither_key_findings_nor_key_claims()
    {
        var (dataset, top) = WithTopClaimsIn("Notes");
        var listed = Listed(dataset);
        Assert.DoesNotContain("county election office", listed);
        Assert.All(top, id => Assert.DoesNotContain(id + " · ", listed));
        var body = dataset.Claims.Where(c => !top.Contains(c.Id)).OrderByDescending(c => c.Score).ThenBy(c => int.Parse(c.Id[1..])).First();
        Assert.Contains("1. " + body.Text.Split(' ')[0], listed);
        Assert.Contains($"The 10 highest-scoring of {dataset.Claims.Count - top.Length} claims after the key findings, in article order ({top.Length} in the notes left out)", listed);
    }

    [Fact]
    public void Claims_of_another_last_section_are_key_findings_as_their_score_says()
    {
        var (dataset, top) = WithTopClaimsIn("Conclusion");
        var listed = Listed(dataset);
        Assert.Contains(top[0] + " · ", listed);
        Assert.Contains($"The 10 highest-scoring of {dataset.Claims.Count} claims after the key findings, in article order;", listed);
    }
}
