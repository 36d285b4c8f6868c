using System.Globalization;
using System.Text.Json;
using DocReport.Bench.TrafilaturaEval;
using DocReport.Tests.Output;

namespace DocReport.Tests.Bench;

// bench/TrafilaturaEval/fresh/freshdata.json holds our labels of the 43 trafilatura pages evaldata.json does not annotate,
// a gate scored as a whole (`--pages fresh`). Its pages are read by the same loader as evaldata.json, which must take the
// title, author and "no date" the labels add; and the file must stay in the shape the scorer assumes. The pages of the
// loader test are made up.
public sealed class FreshSetTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("fresh-set").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_label_file_in_evaldata_shape_gives_each_page_its_file_snippets_date_title_and_author()
    {
        Directory.CreateDirectory(Path.Combine(root, "eval"));
        Directory.CreateDirectory(Path.Combine(root, "cache"));
        File.WriteAllText(Path.Combine(root, "eval", "gazette.ferries.html"), "<p>Ferry fares rise.</p>");
        File.WriteAllText(Path.Combine(root, "cache", "hill.listing.html"), "<p>Derby tonight.</p>");
        var labels = Path.Combine(root, "labels.json");
        File.WriteAllText(labels, """
            {
             "https://harbour-gazette.example/2026/ferry-fares-rise": {"file": "gazette.ferries.html", "date": "2026-03-04",
               "title": "Ferry fares rise", "author": "Ann Reed; Tom Hale", "with": ["Ferry fares rise."], "without": ["Subscribe", "Most read"]},
             "fresh:hill.listing.html": {"file": "hill.listing.html", "date": "", "title": "Sport", "author": "", "with": [],
               "without": ["Cookie settings", "Contact us"], "note": "a listing page"}
            }
            """);

        var pages = EvalPage.Load(root, labels);

        Assert.Equal(["fresh:hill.listing.html", "https://harbour-gazette.example/2026/ferry-fares-rise"], pages.Select(p => p.Url));
        var listing = pages[0];
        Assert.Equal(Path.Combine(root, "cache", "hill.listing.html"), listing.Path);
        Assert.Null(listing.Date);
        Assert.Null(listing.Author);
        Assert.Empty(listing.With);
        var article = pages[1];
        Assert.Equal(Path.Combine(root, "eval", "gazette.ferries.html"), article.Path);
        Assert.Equal(("2026-03-04", "Ferry fares rise", "Ann Reed; Tom Hale"), (article.Date, article.Title, article.Author));
        Assert.Equal(["Subscribe", "Most read"], article.Without);
    }

    [Fact]
    public void A_label_whose_page_file_is_missing_is_refused_with_its_name()
    {
        var labels = Path.Combine(root, "labels.json");
        File.WriteAllText(labels, """{"fresh:gone.html": {"file": "gone.html", "with": [], "without": ["Menu", "Footer"]}}""");

        var error = Assert.Throws<FileNotFoundException>(() => EvalPage.Load(root, labels));

        Assert.Contains("gone.html", error.Message);
    }

    [Fact]
    public void The_repository_labels_are_in_the_shape_the_scorer_assumes()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryFile.Path("bench/TrafilaturaEval/fresh/freshdata.json")));
        var pages = json.RootElement.EnumerateObject().ToList();

        Assert.Equal(43, pages.Count);
        Assert.Equal(pages.Count, pages.Select(p => p.Value.GetProperty("file").GetString()).Distinct().Count());
        foreach (var page in pages)
        {
            var with = page.Value.GetProperty("with").EnumerateArray().Select(e => e.GetString()!).ToList();
            var without = page.Value.GetProperty("without").EnumerateArray().Select(e => e.GetString()!).ToList();
            Assert.InRange(with.Count, 0, 5);
            Assert.InRange(without.Count, 2, 5);
            Assert.All(with.Concat(without), s => Assert.False(string.IsNullOrWhiteSpace(s), page.Name));
            Assert.Empty(with.Intersect(without));
            // a page with no body in its file says why
            if (with.Count == 0) Assert.True(page.Value.TryGetProperty("note", out _), page.Name);
            var date = page.Value.GetProperty("date").GetString()!;
            Assert.True(date.Length == 0 || DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{page.Name}: {date}");
            Assert.True(page.Value.TryGetProperty("title", out _) && page.Value.TryGetProperty("author", out _), page.Name);
        }
    }
}
