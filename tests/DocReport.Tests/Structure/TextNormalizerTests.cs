using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Tests.Structure;

public class TextNormalizerTests
{
    private static string Normalize(string raw) => TextNormalizer.Normalize(raw, HyphenationEvidence.None).Text;

    [Theory]
    [InlineData("  two   spaces\tand tab  ", "two spaces and tab")]
    [InlineData("non\u00A0breaking\u202Fspaces", "non breaking spaces")]
    [InlineData("soft\u00ADhyphen and zero\u200Bwidth\uFEFF", "softhyphen and zerowidth")]
    [InlineData("Cafe\u0301 cre\u0300me", "Café crème")]
    [InlineData("a wrapped\nline and\r\nanother", "a wrapped line and another")]
    [InlineData("a ground-\nbreaking idea", "a ground-breaking idea")]
    [InlineData("a pro-\nRussian party", "a pro-Russian party")]
    [InlineData("COVID-19-\nrelated tests", "COVID-19-related tests")]
    [InlineData("a dash -\nthen more", "a dash - then more")]
    [InlineData("the informa-\ntion age of govern-\nment", "the information age of government")]
    [InlineData("a well-\nknown fact", "a well-known fact")]
    [InlineData("bell\u0007 rang", "bell rang")]
    public void Normalises_white_space_and_invisible_characters(string raw, string expected)
    {
        Assert.Equal(expected, Normalize(raw));
    }

    [Fact]
    public void Replaces_a_lone_surrogate_so_it_can_be_normalised_and_reported()
    {
        var raw = "lone " + (char)0xD800 + " surrogate";
        Assert.Equal("lone \uFFFD surrogate", Normalize(raw));
    }

    [Theory]
    [InlineData("a\uFFFEb", "a\uFFFDb")]
    [InlineData("a\uFFFFb", "a\uFFFDb")]
    [InlineData("a\uFDD0b", "a\uFFFDb")]
    [InlineData("a\uD83F\uDFFEb", "a\uFFFD\uFFFDb")]
    [InlineData("e\uFFFE\u0301", "e\uFFFD\u0301")]
    public void Replaces_noncharacters_which_dotnet_cannot_normalise(string raw, string expected)
    {
        Assert.Equal(expected, Normalize(raw));
    }

    [Fact]
    public void Joins_a_wrapped_word_without_its_hyphen_when_the_document_spells_it_whole()
    {
        var evidence = HyphenationEvidence.From(["It is important to note.", "A ground-breaking study."]);

        Assert.Equal("it is important, a ground-breaking one",
            TextNormalizer.Normalize("it is impor-\n  tant, a ground-\nbreaking one", evidence).Text);
    }

    [Fact]
    public void Maps_link_offsets_through_the_normalisation()
    {
        const string raw = "See   the\u00AD\nofficial  report\n here.";
        var start = raw.IndexOf("official", StringComparison.Ordinal);
        var end = raw.IndexOf(" here", StringComparison.Ordinal);
        var normalized = TextNormalizer.Normalize(raw, HyphenationEvidence.None);

        var link = normalized.Map(new Link(start, end, "https://example.org"), shift: 10);

        Assert.NotNull(link);
        Assert.Equal("See the official report here.", normalized.Text);
        Assert.Equal("official report", normalized.Text[(link.Start - 10)..(link.End - 10)]);
    }

    [Theory]
    [InlineData(3, 6)]
    [InlineData(5, 5)]
    [InlineData(0, 99)]
    public void Drops_links_that_no_longer_cover_text(int start, int end)
    {
        var normalized = TextNormalizer.Normalize("ab \u200B\u200B  cd", HyphenationEvidence.None);
        Assert.Null(normalized.Map(new Link(start, end, "https://example.org"), 0));
    }
}
