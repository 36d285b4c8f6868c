using System.Text;
using DocReport.Model;
using DocReport.Tests.Output;

namespace DocReport.Tests.Structure;

/// <summary>
/// Text copied from a page with no blank lines between its paragraphs, wrapped at a width: its title, byline and paragraphs
/// are found where a line ends short, read back from dataset.json.
/// Text with blank lines keeps its paragraphs and their inner line breaks as before.
/// </summary>
public class WrappedTextOutputTests
{
    private static readonly string[] Paragraphs =
    [
        "The district council voted on Wednesday to close two of its five branch libraries from April, a decision the finance committee said would save about 380,000 pounds a year.",
        "The council leader, Miriam Castellano, said the remaining branches would open on Sundays for the first time. \"We would rather run three good libraries than five tired ones,\" she told the meeting.",
        "Campaigners said the closures would hit older readers hardest. A petition against them gathered 4,200 signatures in two weeks, according to the group that organised it.",
        "The two buildings will be offered to community groups on long leases before any sale.",
        "A public consultation on opening hours runs until the end of January.",
    ];

    private const string Title = "Council votes to close two branch libraries";
    private const string Byline = "By Tobias Reinholt, Local Democracy Reporter";

    // Wraps as a tool does: a line ends only where the next word would not fit within the width.
    private static IEnumerable<string> Wrap(string paragraph, int width)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    private static ArticleDataset ConvertAndReadBack(string text)
    {
        return JsonRoundTrip.Convert("scraped.txt", Encoding.UTF8.GetBytes(text));
    }

    private static string Flat(string text) => text.Replace('\n', ' ');

    [Theory]
    [InlineData(60)]
    [InlineData(72)]
    [InlineData(80)]
    public void Text_wrapped_with_no_blank_lines_gets_its_title_byline_and_paragraphs_back(int width)
    {
        var lines = new[] { Title, Byline }.Concat(Paragraphs.SelectMany(p => Wrap(p, width)));
        var dataset = ConvertAndReadBack(string.Join('\n', lines) + "\n");

        Assert.Equal(Title, dataset.Document.Title);
        Assert.Equal(["Tobias Reinholt"], dataset.Document.Authors);
        Assert.Equal(Paragraphs, dataset.Paragraphs.Select(p => Flat(p.Text)));
    }

    [Fact]
    public void Paragraphs_between_blank_lines_keep_their_wrapped_lines_together()
    {
        var text = Title + "\n\n" + string.Join("\n\n", Paragraphs.Select(p => string.Join('\n', Wrap(p, 60)))) + "\n";
        var dataset = ConvertAndReadBack(text);

        Assert.Equal(Paragraphs, dataset.Paragraphs.Select(p => Flat(p.Text)));
    }

    [Fact]
    public void One_paragraph_whose_lines_vary_in_length_stays_one_paragraph()
    {
        // Lines of a proportional font copied from a PDF: their lengths in characters vary, and they end in mid-sentence.
        string[] lines =
        [
            "The harbour board said on Monday that dredging of the inner channel",
            "would begin in March and last about six weeks, during which",
            "larger vessels will use the outer berths while the ferry terminal",
            "keeps its normal timetable for passengers, although freight",
            "sailings may be moved to the early morning to keep the quay",
            "clear for the dredger and its barges during the day.",
        ];
        var dataset = ConvertAndReadBack(Title + "\n\n" + string.Join('\n', lines) + "\n");

        Assert.Equal([string.Join(' ', lines)], dataset.Paragraphs.Select(p => Flat(p.Text)));
    }
}
