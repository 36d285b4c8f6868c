using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Tests.Structure;

public class ArticleBuilderTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private const string ScrapedNews = """
        top of page

        Harbour Town Votes to Rebuild Its Flooded Sea Wall

        Skip to main content

        The council of Port Alder voted on Tuesday to rebuild the sea wall that
        failed during the storms of March 2024. Mr. Okafor, the council's engi-
        neer, said the work would cost 4.5 million pounds.

        Residents had waited 14 months for a decision. "We were told to wait." Many
        did not, and the engineer heard their complaints.


        According to the Environment Agency, flooding damaged 1,200 homes
        across the county. The U.K. Met Office recorded its wettest winter.

        Share this article

        The new wall is due by Sept. 2026... if funding holds.
        Home > News > Local

        bottom of page
        """;

    /// <summary>Blocks as a plain-text reader gives them: split on blank lines, hard line breaks kept.</summary>
    private static RawDocument Scraped(string text, DocumentMetadata? metadata = null) => new(
        "news.txt", InputFormat.Text, Sha, metadata ?? new DocumentMetadata(),
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => new Block(BlockKind.Paragraph, t)).ToList());

    private static Article Build(RawDocument document)
    {
        var result = new ArticleBuilder().Build(document);
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }

    [Fact]
    public void Scraped_page_gives_its_title_and_body_paragraphs_without_furniture()
    {
        var article = Build(Scraped(ScrapedNews));

        Assert.Equal("Harbour Town Votes to Rebuild Its Flooded Sea Wall", article.Document.Title);
        Assert.Equal(["P1", "P2", "P3", "P4"], article.Paragraphs.Select(p => p.Id));
        Assert.Equal("The council of Port Alder voted on Tuesday to rebuild the sea wall that failed during the storms "
            + "of March 2024. Mr. Okafor, the council's engineer, said the work would cost 4.5 million pounds.", article.Paragraphs[0].Text);
        Assert.Equal("The new wall is due by Sept. 2026... if funding holds.", article.Paragraphs[3].Text);
        foreach (var furniture in new[] { "top of page", "bottom of page", "Skip to", "Share this", "Home >", "Harbour Town" })
            Assert.DoesNotContain(furniture, article.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Paragraph_and_sentence_offsets_slice_the_article_text_exactly()
    {
        var article = Build(Scraped(ScrapedNews));

        Assert.Equal(string.Join("\n\n", article.Paragraphs.Select(p => p.Text)), article.Text);
        foreach (var paragraph in article.Paragraphs)
        {
            Assert.Equal(paragraph.Text, article.Text[paragraph.Start..paragraph.End]);
            Assert.All(paragraph.Sentences, s => Assert.Equal(s.Text, article.Text[s.Start..s.End]));
            Assert.All(paragraph.Sentences, s => Assert.InRange(s.Start, paragraph.Start, paragraph.End));
        }
    }

    [Fact]
    public void Sentences_are_numbered_within_their_paragraph()
    {
        var article = Build(Scraped(ScrapedNews));

        Assert.Equal(["P1.S1", "P1.S2"], article.Paragraphs[0].Sentences.Select(s => s.Id));
        Assert.Equal(["Residents had waited 14 months for a decision.", "\"We were told to wait.\"",
            "Many did not, and the engineer heard their complaints."], article.Paragraphs[1].Sentences.Select(s => s.Text));
        Assert.Equal("The U.K. Met Office recorded its wettest winter.", article.Paragraphs[2].Sentences[1].Text);
        Assert.Single(article.Paragraphs[3].Sentences);
    }

    [Fact]
    public void Metadata_title_wins_and_a_first_heading_repeating_it_leaves_the_body()
    {
        var document = new RawDocument("page.html", InputFormat.Html, Sha,
            new DocumentMetadata { Title = "Budget  Passes", Authors = ["A. Writer"], Published = "2025-03-01", Url = "https://example.org/a" },
            [
                new Block(BlockKind.Heading, "Budget Passes", 1),
                new Block(BlockKind.Paragraph, "The budget passed."),
                new Block(BlockKind.Heading, "Reaction", 2),
                new Block(BlockKind.Quote, "It is a good day, she said."),
                new Block(BlockKind.ListItem, "Taxes rise."),
            ]);

        var article = Build(document);

        Assert.Equal("Budget Passes", article.Document.Title);
        Assert.Equal([(null, BlockKind.Paragraph), ("Reaction", BlockKind.Quote), ("Reaction", BlockKind.ListItem)],
            article.Paragraphs.Select(p => (p.Section, p.Kind)));
        Assert.DoesNotContain("Reaction", article.Text);
        Assert.Equal(["A. Writer"], article.Document.Authors);
        Assert.Equal("https://example.org/a", article.Document.Url);
        Assert.Equal("0123456789abcdef", article.Document.Id);
        Assert.Equal(InputFormat.Html, article.Document.Format);
    }

    [Theory]
    [InlineData("Budget Passes | City Times", "City Times", "Budget Passes")]
    [InlineData("Budget Passes - City Times", "", "Budget Passes")]
    public void A_site_name_after_the_headline_is_not_part_of_the_title(string pageTitle, string siteName, string firstHeading)
    {
        var document = new RawDocument("page.html", InputFormat.Html, Sha, new DocumentMetadata { Title = pageTitle, SiteName = siteName },
            [new Block(BlockKind.Heading, firstHeading, 1), new Block(BlockKind.Paragraph, "The budget passed.")]);

        var article = Build(document);

        Assert.Equal("Budget Passes", article.Document.Title);
        Assert.Equal("The budget passed.", article.Text);
    }

    [Fact]
    public void A_site_name_is_removed_from_the_metadata_title_even_without_a_heading()
    {
        var document = new RawDocument("page.html", InputFormat.Html, Sha,
            new DocumentMetadata { Title = "Budget Passes | City Times", SiteName = "City Times" },
            [new Block(BlockKind.Paragraph, "The budget passed.")]);

        Assert.Equal("Budget Passes", Build(document).Document.Title);
    }

    [Fact]
    public void Links_land_on_the_same_words_in_the_article_text()
    {
        const string second = "Read the  official\nreport today.";
        var at = second.IndexOf("official", StringComparison.Ordinal);
        var document = new RawDocument("page.html", InputFormat.Html, Sha, new DocumentMetadata { Title = "T" },
        [
            new Block(BlockKind.Paragraph, "First paragraph."),
            new Block(BlockKind.Paragraph, second) { Links = [new Link(at, at + 15, "https://example.org/report")] },
        ]);

        var article = Build(document);

        var link = Assert.Single(article.Paragraphs[1].Links);
        Assert.Equal("official report", article.Text[link.Start..link.End]);
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_stays_in_the_body_and_gives_the_title()
    {
        var article = Build(Scraped("The minister resigned on Friday after weeks of pressure. Her deputy takes over.\n\nShe denied wrongdoing."));

        Assert.Equal("The minister resigned on Friday after weeks of pressure", article.Document.Title);
        Assert.Equal(TitleOrigin.FirstSentence, article.Document.TitleOrigin);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void A_first_line_ending_in_a_quotation_after_its_stop_is_a_sentence()
    {
        var article = Build(Scraped("The tweet reads, “The show was interrupted by an angry supporter.”\n\nThe cast carried on."));

        Assert.Equal(TitleOrigin.FirstSentence, article.Document.TitleOrigin);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void A_document_of_one_headline_like_line_keeps_it_as_its_text()
    {
        var article = Build(Scraped("Council approves new bridge"));

        Assert.Equal("Council approves new bridge", article.Document.Title);
        Assert.Equal("Council approves new bridge", Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void A_long_first_sentence_is_shortened_to_whole_words_for_the_title()
    {
        var article = Build(Scraped("The minister, who had led the department through three budgets and two elections, resigned on Friday.\n\nMore."));

        Assert.Equal("The minister, who had led the department through three budgets and two…", article.Document.Title);
    }

    [Fact]
    public void A_first_sentence_of_one_huge_word_is_cut_to_a_hundred_characters()
    {
        var article = Build(Scraped(new string('x', 5000) + ".\n\nMore."));

        Assert.Equal(new string('x', 100) + "…", article.Document.Title);
    }

    [Fact]
    public void A_document_of_furniture_only_still_gives_an_article_for_validation_to_judge()
    {
        var article = Build(Scraped("top of page\n\nBack to top\n\nbottom of page"));

        Assert.Equal("news", article.Document.Title);
        Assert.Equal(TitleOrigin.FileName, article.Document.TitleOrigin);
        Assert.Empty(article.Paragraphs);
        Assert.Equal("", article.Text);
    }

    [Fact]
    public void A_document_without_a_hash_cannot_be_identified()
    {
        var result = new ArticleBuilder().Build(new RawDocument("x.txt", InputFormat.Text, "", new DocumentMetadata(), []));

        Assert.False(result.Succeeded);
        Assert.Contains("x.txt", result.Error);
    }
}
