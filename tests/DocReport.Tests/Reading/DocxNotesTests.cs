using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Reading;

/// <summary>
/// Footnotes and endnotes are read after the body, each once, in the order of their first mark; the marks leave nothing
/// glued to the words they follow.
/// </summary>
public class DocxNotesTests
{
    private static readonly byte[] Bulletin = DocxFixture.Build(d => d
        .Paragraph("Lagoon Water Levels Stay High", "Title")
        .FootnotedParagraph("The lagoon rose 40 centimetres in March, according to the harbour office.",
            "Measured at the north pier gauge each morning.", " Boats were moved to the outer basin.")
        .FootnotedParagraph("Fishing crews lost nine days of work", "Counted from the cooperative's own log book.", " during the month.", customMark: "*")
        .EndnotedParagraph("The office expects the water to fall by June.", "The forecast assumes an average spring rainfall.", "")
        .Paragraph("A second pump will be installed at the sluice gate."));

    [Fact]
    public void Notes_come_after_the_body_footnotes_first_and_marks_leave_no_text()
    {
        var texts = Reader.Texts(Reader.ReadOk("bulletin.docx", Bulletin));

        Assert.Equal([
            "Lagoon Water Levels Stay High",
            "The lagoon rose 40 centimetres in March, according to the harbour office. Boats were moved to the outer basin.",
            "Fishing crews lost nine days of work during the month.",
            "The office expects the water to fall by June.",
            "A second pump will be installed at the sluice gate.",
            "Notes",
            "Measured at the north pier gauge each morning.",
            "Counted from the cooperative's own log book.",
            "The forecast assumes an average spring rainfall.",
        ], texts);
    }

    [Fact]
    public void A_note_marked_twice_is_read_once()
    {
        var twice = DocxFixture.Build(d => d
            .Paragraph("Lagoon Water Levels Stay High", "Title")
            .FootnotedParagraph("The lagoon rose 40 centimetres in March.", "Measured at the north pier gauge each morning.", "")
            .MarkAgain("The gauge was checked again in April.", 1));

        var texts = Reader.Texts(Reader.ReadOk("twice.docx", twice));

        Assert.Single(texts, t => t == "Measured at the north pier gauge each morning.");
        Assert.Equal("The gauge was checked again in April.", texts[2]);
    }

    [Fact]
    public void The_dataset_holds_the_notes_as_paragraphs_and_the_sentences_without_marks()
    {
        var result = new PipelineBuilder().Build().Convert(new SourceFile("bulletin.docx", Bulletin));
        Assert.True(result.Succeeded, result.Error);
        var dataset = result.Dataset!;

        var paragraphs = dataset.Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal("Measured at the north pier gauge each morning.", paragraphs[^3]);
        Assert.Equal("The forecast assumes an average spring rainfall.", paragraphs[^1]);
        Assert.Contains(dataset.Paragraphs.SelectMany(p => p.Sentences),
            s => s.Text == "The lagoon rose 40 centimetres in March, according to the harbour office.");
        Assert.Contains("lost nine days of work during the month.", dataset.Text);
        Assert.DoesNotContain("*", dataset.Text);
    }
}
