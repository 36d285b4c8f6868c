using DocReport.Analysis;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>Pieces of a sentence the tagger can read as a speaker that name no one: common words, cut names.</summary>
public class FragmentSourceTests
{
    [Theory]
    [InlineData("Horror stories about the landlord spread fast. Tenants told horror stories for years.", "Horror", true)]
    [InlineData("Shelter said rents rose. The shelter on Elm Street was full, a director at Shelter said.", "Shelter", false)]
    [InlineData("Kestrel said rents rose. Tenants agreed.", "Kestrel", false)]
    public void A_word_capitalised_only_where_a_sentence_opens_and_written_in_lower_case_elsewhere_is_no_name(string text, string word, bool common)
    {
        var source = new SourceRegistry(text).Resolve(SourcePhrase.Parse(word)!, 0, word.Length);
        Assert.Equal(common, source is null);
    }

    [Theory]
    [InlineData("assault–", "assault", false)]
    [InlineData("a city audit", "a city audit", true)]
    public void A_link_on_a_source_phrase_the_registry_cannot_read_cites_only_words_that_name_a_source(string source, string anchor, bool cited)
    {
        // the tagger's attribution is given, its phrase unread, so that the link's part is tested alone
        var text = $"The complaints against the drivers, from late pickups to {source} suggest that the checks fail.";
        var article = ArticleFixture.Build([text], [(0, anchor, "https://example.org/story")]);
        var sentence = article.Paragraphs[0].Sentences[0];
        var (sourceStart, cueStart) = (text.IndexOf(source, StringComparison.Ordinal), text.IndexOf("suggest", StringComparison.Ordinal));
        var found = new FoundAttribution(sentence, new Span(source, sourceStart, sourceStart + source.Length), new Span("suggest", cueStart, cueStart + 7),
            new Span(text[(cueStart + 8)..^1], cueStart + 8, text.Length - 1), null);
        Assert.Equal(cited, SourceResolution.Resolve(article, [found]).Sources.Any(s => s.Url == "https://example.org/story"));
    }

    [Fact]
    public void A_link_on_a_name_whose_phrase_the_registry_cannot_read_cites_the_person_named_not_a_document()
    {
        const string text = "In 1841 the governor sent Captain Ewart Mallory to claim the islands for the crown. Mallory declared that the islands were annexed.";
        var article = ArticleFixture.Build([text], [(0, "Ewart Mallory", "https://example.org/wiki/Ewart_Mallory")]);
        var (first, second) = (article.Paragraphs[0].Sentences[0], article.Paragraphs[0].Sentences[1]);
        FoundAttribution Found(Sentence sentence, string source, string cue, SourcePhrase? phrase)
        {
            var (at, cueAt) = (text.IndexOf(source, sentence.Start, StringComparison.Ordinal), text.IndexOf(cue, sentence.Start, StringComparison.Ordinal));
            var (from, to) = (cueAt + cue.Length + 1, text.IndexOf('.', cueAt));
            return new FoundAttribution(sentence, new Span(source, at, at + source.Length), new Span(cue, cueAt, cueAt + cue.Length), new Span(text[from..to], from, to), phrase);
        }
        // the tagger's source span "Captain Ewart Mallory to" is given unread, so that the link alone names the source
        var (sources, resolved, _) = SourceResolution.Resolve(article,
            [Found(first, "Captain Ewart Mallory to", "claim", null), Found(second, "Mallory", "declared", SourcePhrase.Parse("Mallory"))]);
        var source = Assert.Single(sources);
        Assert.Equal(("Ewart Mallory", SourceKind.Person), (source.Name, source.Kind));
        Assert.All(resolved, r => Assert.Equal(source, Assert.Single(r)));
    }

    [Fact]
    public void A_report_right_after_a_speakers_label_is_the_labelled_speakers_telling()
    {
        var dataset = Analyzed.Of(
            "Helena Marsh, a developer in Leeds, and Tomas Grell, who leads the web team in Hull, rebuilt the ferry booking site. We invited them for a chat about it.",
            "How did you start?",
            "Tomas: We moved the timetable first. It took a month.",
            "Helena: I joined in the spring. The old site was slow.",
            "What came next?",
            "Helena: Tomas’s team wrote most of the booking code before I joined the firm. We tested it on the harbour staff.",
            "Tomas: The staff found many bugs. We fixed them in a week.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("team", StringComparison.Ordinal));
        Assert.Contains("Helena Marsh", dataset.SpeakersOf("most of the booking code"));
    }
}
