using DocReport.Structure;

namespace DocReport.Tests.Structure;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Default.Split(text, 0, text.Length).Select(r => text[r.Start..r.End]).ToArray();

    [Theory]
    [InlineData("One fact. Another fact.", "One fact.|Another fact.")]
    [InlineData("Is it true? Yes! It is.", "Is it true?|Yes!|It is.")]
    [InlineData("Mr. Smith met Mrs. Jones and Dr. Brown.", "Mr. Smith met Mrs. Jones and Dr. Brown.")]
    [InlineData("Prof. Li spoke at St. Paul's on Jan. 5 about item No. 7.", "Prof. Li spoke at St. Paul's on Jan. 5 about item No. 7.")]
    [InlineData("The U.S. Army and the U.K. Government met at the U.N. Security Council.", "The U.S. Army and the U.K. Government met at the U.N. Security Council.")]
    [InlineData("He moved to the U.S. The next year he left.", "He moved to the U.S.|The next year he left.")]
    [InlineData("J. K. Rowling wrote it. She was poor.", "J. K. Rowling wrote it.|She was poor.")]
    [InlineData("Growth was 3.5 per cent, or 1,200 jobs. Wages fell.", "Growth was 3.5 per cent, or 1,200 jobs.|Wages fell.")]
    [InlineData("We will wait... and see what happens. Then act.", "We will wait... and see what happens.|Then act.")]
    [InlineData("He said \"no.\" Then he left.", "He said \"no.\"|Then he left.")]
    [InlineData("She wrote “it is over.” Nobody answered.", "She wrote “it is over.”|Nobody answered.")]
    [InlineData("(This was known.) Later it changed.", "(This was known.)|Later it changed.")]
    [InlineData("“Why?” he asked. Nobody knew.", "“Why?” he asked.|Nobody knew.")]
    [InlineData("Apples, pears, etc. are sold here. Prices rose.", "Apples, pears, etc. are sold here.|Prices rose.")]
    [InlineData("Use a tool, e.g. a hammer. Or not.", "Use a tool, e.g. a hammer.|Or not.")]
    [InlineData("Apple Inc. said sales rose. Shares fell.", "Apple Inc. said sales rose.|Shares fell.")]
    [InlineData("It was 5 p.m. when they met. They talked.", "It was 5 p.m. when they met.|They talked.")]
    [InlineData("Team A vs. Team B ended 2-1. Fans cheered.", "Team A vs. Team B ended 2-1.|Fans cheered.")]
    [InlineData("Visit example.com today. It helps.", "Visit example.com today.|It helps.")]
    [InlineData("In 2023. The year ended.", "In 2023.|The year ended.")]
    [InlineData("Really?! Yes.", "Really?!|Yes.")]
    [InlineData("No final stop here", "No final stop here")]
    [InlineData("  Padded sentence.   Next one.  ", "Padded sentence.|Next one.")]
    public void Splits_at_sentence_ends_only(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text));
    }

    [Fact]
    public void Ranges_slice_the_text_inside_the_given_bounds()
    {
        const string text = "Intro. First here. Second here.\n\nOther.";
        var start = text.IndexOf("First", StringComparison.Ordinal);
        var end = text.IndexOf('\n');

        var ranges = SentenceSplitter.Default.Split(text, start, end);

        Assert.Equal([new TextRange(start, start + 11), new TextRange(start + 12, end)], ranges);
        Assert.Equal("Second here.", text[ranges[1].Start..ranges[1].End]);
    }

    [Fact]
    public void Empty_or_blank_text_has_no_sentences()
    {
        Assert.Empty(Split(""));
        Assert.Empty(Split("   "));
    }
}
