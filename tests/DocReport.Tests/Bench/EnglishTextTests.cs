using DocReport.Bench;

namespace DocReport.Tests.Bench;

// bench/Shared/EnglishText.cs decides which pages news-train-sample may draw. Its word test takes list-like English (a poll
// round-up, a briefing of headlines) for another language, which kept 115 PolNeAR texts out of every draw until --english
// trusted the folder. The texts are made up.
public sealed class EnglishTextTests
{
    private const string Prose = "The council said on Monday that the new bridge over the river was opened to traffic in the spring, and it is expected to carry a thousand cars a day.";
    private const string Briefing = "HARBOUR TOWN POLL: Mayor Greene 41 percent, Councillor Adeyemi 38 percent. FERRY FARES UP. Nightly buses cut. Weekend: markets, concerts, harbour run.";
    private const string German = "Der Stadtrat hat am Montag die neue Brücke über den Fluss für den Verkehr freigegeben.";

    [Fact]
    public void Prose_passes_the_word_test_and_another_language_does_not()
    {
        Assert.True(EnglishText.Admits(null, Prose));
        Assert.False(EnglishText.Admits(null, German));
    }

    [Fact]
    public void A_list_like_English_briefing_fails_the_word_test_but_passes_from_a_folder_known_to_be_English()
    {
        Assert.False(EnglishText.Admits(null, Briefing));
        Assert.True(EnglishText.Admits(null, Briefing, known: true));
    }

    [Fact]
    public void Language_metadata_decides_before_the_words_and_placeholder_text_never_passes()
    {
        Assert.False(EnglishText.Admits("de", Prose));
        Assert.True(EnglishText.Admits("en-GB", Briefing));
        Assert.False(EnglishText.Admits(null, Prose + " Lorem ipsum dolor sit amet.", known: true));
    }
}
