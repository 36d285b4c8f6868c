using System.Text;
using DocReport.Model;
using DocReport.Tests.Output;

namespace DocReport.Tests.Structure;

/// <summary>
/// Markdown footnotes ("[^1]" in the text, "[^1]: ..." below) are read as a Word document's: the marks leave nothing in the
/// sentence, each note is a paragraph after the body. Read back from dataset.json.
/// </summary>
public class MarkdownFootnoteOutputTests
{
    private const string Report = """
        ---
        title: "Orchard Yields After the Wet Spring"
        ---

        Apple yields in the valley fell by a fifth this year, the growers' cooperative reported.[^yield] Pear yields held steady.

        The cooperative's chair, Aurelio Vance, said frost in April did more damage than the rain.[^2]

        [^yield]: Weighed at the cooperative's packing house, August to October.
        [^2]: Interview with the author, 12 November.
        """;

    private static ArticleDataset ConvertAndReadBack(string name, string text)
    {
        return JsonRoundTrip.Convert(name, Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Footnote_marks_leave_no_text_and_the_notes_come_after_the_body()
    {
        var dataset = ConvertAndReadBack("orchard.md", Report);

        Assert.Equal([
            "Apple yields in the valley fell by a fifth this year, the growers' cooperative reported. Pear yields held steady.",
            "The cooperative's chair, Aurelio Vance, said frost in April did more damage than the rain.",
            "Weighed at the cooperative's packing house, August to October.",
            "Interview with the author, 12 November.",
        ], dataset.Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain("[^", dataset.Text);
        Assert.Contains(dataset.Paragraphs[0].Sentences, s => s.Text == "Apple yields in the valley fell by a fifth this year, the growers' cooperative reported.");
    }
}
