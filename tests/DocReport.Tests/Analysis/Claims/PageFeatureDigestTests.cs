using System.Text;
using DocReport.Analysis.Claims;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis.Claims;

// The claim model's whole input as the product computes it: a page read, split into blocks and sentences, each sentence
// featurized in its place (SentenceContext). FeaturizerDigestTests pins the featurizer alone; this pins what the reading
// and structure stages hand it, which moved the model in round 10 (bench/ClaimTraining trains on contexts frozen in
// news-contexts.tsv since). A change here is deliberate only when the claims model is retrained on it.
public class PageFeatureDigestTests
{
    private const string Page = """
        <html><head><title>Storm closes 40 schools | The Courier</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article>
          <h1>Storm closes 40 schools</h1>
          <p>By Jane Roe</p>
          <p>The education ministry said on Monday that 40 schools had closed after the storm. Officials expect more closures this week.</p>
          <figure><img src="a.jpg"><figcaption>Flooded classrooms in Leeds. Photo: John Smith</figcaption></figure>
          <p>“It was a disgrace,” the mayor told a crowd, adding that he was troubled by the delay.</p>
          <h2>What parents should do</h2>
          <ul><li>Check the council website for updates.</li><li>Keep children at home until Friday.</li></ul>
          <blockquote>The unions called a strike for Friday.</blockquote>
          <p>Repairs will cost about £3.5 million, according to council figures published in 2024.</p>
        </article>
        <footer>© 2025 The Courier</footer>
        </body></html>
        """;

    // The byline, the caption and the headings leave the body (Structure); the seven sentences left, each with its digest.
    private static readonly string[] Pinned =
    [
        "6D696799BA7D5FAB The education ministry said on Monday that 40 schools had closed after the storm.",
        "F0543EB98EC060BB Officials expect more closures this week.",
        "BE1424EAA69D3FB7 “It was a disgrace,” the mayor told a crowd, adding that he was troubled by the delay.",
        "1C4FDDC52289CC63 Check the council website for updates.",
        "C71B9D36947AC2C8 Keep children at home until Friday.",
        "ECF31E8F7EADA6FB The unions called a strike for Friday.",
        "E04547DA85F7509D Repairs will cost about £3.5 million, according to council figures published in 2024.",
    ];

    [Fact]
    public void A_page_gives_the_features_the_model_was_trained_on()
    {
        var dataset = new PipelineBuilder().Build().Convert(new SourceFile("storm.html", Encoding.UTF8.GetBytes(Page))).Dataset!;
        var sentences = dataset.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Text).ToList();
        var actual = sentences.Zip(SentenceContext.Of(dataset.Paragraphs), (s, c) => $"{FeaturizerDigestTests.Digest(s, c)} {s}").ToList();

        Assert.True(Pinned.SequenceEqual(actual), "the page's sentences or their features changed; now:\n" + string.Join('\n', actual.Select(a => $"\"{a.Replace("\"", "\\\"")}\",")));
    }
}
