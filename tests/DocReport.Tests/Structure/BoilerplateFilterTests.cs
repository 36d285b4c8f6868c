using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Tests.Structure;

public class BoilerplateFilterTests
{
    private static readonly BoilerplateFilter Filter = BoilerplateFilter.Default;

    [Theory]
    [InlineData("top of page")]
    [InlineData("Bottom of Page")]
    [InlineData("  Skip to main content ")]
    [InlineData("↑ Back to top")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Read more »")]
    [InlineData("Read more: the minister's full statement")]
    [InlineData("Share this article")]
    [InlineData("Share on Facebook Twitter")]
    [InlineData("Follow us on Instagram")]
    [InlineData("Subscribe to our newsletter for daily updates")]
    [InlineData("We use cookies to improve your experience. By continuing you accept them.")]
    [InlineData("Sign in")]
    [InlineData("Facebook Twitter LinkedIn Email")]
    [InlineData("Share: Facebook, Twitter, Email")]
    [InlineData("Share:")]
    [InlineData("News | Sport | Weather | Culture")]
    [InlineData("Home > News > World")]
    [InlineData("Home › Europe")]
    [InlineData("Share · Tweet · Email")]
    [InlineData("Bild anzeigen Bild schließen")]
    [InlineData("Diesen Artikel teilen")]
    [InlineData("Drukuj")]
    [InlineData("* * *")]
    [InlineData("———")]
    [InlineData("© 2024 Example Media. All rights reserved.")]
    [InlineData("Related: Prices rise again")]
    [InlineData("Von:")]
    [InlineData("Geschrieben von:")]
    [InlineData("Author")]
    public void Recognises_page_furniture(string line)
    {
        Assert.True(Filter.IsFurniture(line));
    }

    // Cyrillic а, о, е, с and Greek ο drawn like the Latin letters they stand in for.
    [Theory]
    [InlineData("C\u043Entinue re\u0430ding")]
    [InlineData("\u0410DVERTISEMENT")]
    [InlineData("Subs\u0441ribe to our n\u0435wsletter for daily updates")]
    [InlineData("Sh\u03BFw m\u03BFre")]
    public void Recognises_furniture_written_with_look_alike_letters(string line)
    {
        Assert.True(Filter.IsFurniture(line));
    }

    // A news agency's sign-off on its own line: the writer's initials and the agency.
    [Theory]
    [InlineData("aja/PAP")]
    [InlineData("(dr/spot)")]
    [InlineData("(SID)")]
    [InlineData("dpa / lsw")]
    public void Recognises_an_agency_sign_off(string line)
    {
        Assert.True(Filter.IsFurniture(line));
    }

    // Counters of comments, views, shares and the time to read.
    [Theory]
    [InlineData("37 views")]
    [InlineData("3 Kommentare")]
    [InlineData("Kommentare insgesamt: 0")]
    [InlineData("No comments")]
    [InlineData("1.2k Shares | 14 Comments")]
    [InlineData("5 min read")]
    [InlineData("Lesezeit von 4 Minuten")]
    [InlineData("Tempo di lettura: 3 minuti")]
    [InlineData("(2 komentarze)")]
    [InlineData("2 comments (newest first)")]
    [InlineData("Keine Kommentare (Kommentare werden vor der Veröffentlichung geprüft)")]
    [InlineData("1 / 5")]
    [InlineData("Bild 2 von 9")]
    [InlineData("Photo 3 of 12")]
    [InlineData("7 Comments:")]
    [InlineData("Comments (12)")]
    [InlineData("Komentarze(4)")]
    [InlineData("This story has 52 comments")]
    [InlineData("Se han publicado 6 comentarios")]
    [InlineData("Bisher keine Kommentare")]
    public void Recognises_a_line_of_counters(string line)
    {
        Assert.True(Filter.IsFurniture(line));
    }

    [Theory]
    [InlineData("3 comments by the minister angered the opposition.")]
    [InlineData("Views differ on the plan.")]
    [InlineData("It takes 5 min to read the whole report.")]
    [InlineData("No comments (the ministry did not answer by Friday).")]
    [InlineData("1/4")]
    [InlineData("12 of 5")]
    [InlineData("The harbour office received 300 comments from residents.")]
    [InlineData("There were still no comments from the ministry on Friday.")]
    public void Leaves_sentences_with_a_count_alone(string line)
    {
        Assert.False(Filter.IsFurniture(line));
    }

    [Theory]
    [InlineData("(ii)")]
    [InlineData("Fun / Wissen")]
    [InlineData("The quay reopened (AP/dpa).")]
    public void Leaves_numbering_and_sentences_with_an_agency_alone(string line)
    {
        Assert.False(Filter.IsFurniture(line));
    }

    [Theory]
    [InlineData("Then, click Preferences.")]
    [InlineData("Click here to read the full report")]
    [InlineData("Tap to expand")]
    [InlineData("(click to enlarge)")]
    [InlineData("Photo: tap the image to see the whole map")]
    [InlineData("Open the menu and tap Settings")]
    [InlineData("Double-click to zoom")]
    [InlineData("Klicken Sie hier")]
    public void Recognises_a_click_or_tap_told_as_a_command(string line)
    {
        Assert.True(Filter.IsFurniture(line));
    }

    [Theory]
    [InlineData("Tap water is safe to drink again, the council said.")]
    [InlineData("Tap Water Safe Again After Flood")]
    [InlineData("Firms tap into the new ferry fund.")]
    [InlineData("Tickets now sell at the click of a button.")]
    [InlineData("One click on the app shows the timetable.")]
    [InlineData("Click fraud cost advertisers millions last year.")]
    [InlineData("=HYPERLINK(\"http://example.org\",\"click\")")]
    public void Leaves_click_and_tap_used_as_nouns_or_in_a_statement_alone(string line)
    {
        Assert.False(Filter.IsFurniture(line));
    }

    [Fact]
    public void Folds_look_alike_letters_only_in_words_that_mix_them_with_Latin_ones()
    {
        Assert.Equal("Continue reading", ConfusableLetters.Fold("C\u043Entinue re\u0430ding"));
        Assert.Equal("Москва сообщила о росте цен.", ConfusableLetters.Fold("Москва сообщила о росте цен."));
        Assert.Equal("Ο Πρωθυπουργός said OK", ConfusableLetters.Fold("Ο Πρωθυπουργός said OK"));
    }

    [Theory]
    [InlineData("Продолжить чтение новости о бюджете")]
    [InlineData("Why Russians Demand Return of Soldiers from Ukraine")]
    [InlineData("Shares of the company fell by 5% on Monday.")]
    [InlineData("Readers were told to share the news with their families.")]
    [InlineData("The top of the page was torn, the archivist said.")]
    [InlineData("Related developments in the region worried officials.")]
    [InlineData("The ministry said the figure was 220 | not 200.")]
    [InlineData("Home prices rose in March.")]
    [InlineData("By the river, the town grew.")]
    [InlineData("Alle Bilder zeigen den Hafen.")]
    [InlineData("Temperatures > 30 degrees were recorded.")]
    [InlineData("")]
    public void Leaves_article_text_alone(string line)
    {
        Assert.False(Filter.IsFurniture(line));
    }

    // The furniture lists of the other languages (boilerplate_LANG.txt): a control or label alone on its line, or opening a
    // short line, in each language, and sentences of an article that use the same words, which stay.
    [Theory]
    [InlineData("Zum Inhalt springen")]
    [InlineData("Alle Rechte vorbehalten © Hafenblatt")]
    [InlineData("Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten.")]
    [InlineData("Lire la suite")]
    [InlineData("Partager sur Facebook et X")]
    [InlineData("Ver más")]
    [InlineData("Síguenos en Instagram")]
    [InlineData("Articoli correlati")]
    [InlineData("Seguici su Telegram")]
    [InlineData("Leia mais")]
    [InlineData("Todos os direitos reservados.")]
    [InlineData("Terug naar boven")]
    [InlineData("Deze website gebruikt cookies om het verkeer te meten.")]
    [InlineData("Czytaj więcej")]
    [InlineData("Udostępnij na Facebooku")]
    [InlineData("Читайте также")]
    [InlineData("Поделиться")]
    [InlineData("返回顶部")]
    [InlineData("责任编辑：王明")]
    [InlineData("関連記事")]
    [InlineData("続きを読む")]
    public void Recognises_page_furniture_in_other_languages(string line)
    {
        Assert.True(Filter.IsFurniture(line));
    }

    [Theory]
    [InlineData("Der Hafen will die Mole im Frühjahr erneuern und dafür Cookies an Kinder verteilen.")]
    [InlineData("Elle a décidé de lire la suite du rapport avant de répondre au conseil.")]
    [InlineData("Los vecinos piden ver más barcos en el muelle durante el verano.")]
    [InlineData("Os pescadores dizem que leia mais quem quiser entender a maré.")]
    [InlineData("De gemeente wil terug naar boven de dijk bouwen, zei de wethouder.")]
    [InlineData("Наверх поднялись все пассажиры парома, когда начался шторм.")]
    [InlineData("港口的新码头将在春天开放。")]
    public void Leaves_sentences_with_the_words_of_other_languages_furniture_alone(string line)
    {
        Assert.False(Filter.IsFurniture(line));
    }

    [Fact]
    public void Removes_furniture_lines_inside_a_block_and_moves_the_links_of_kept_lines()
    {
        const string text = "Skip to main content\nThe report was published.\nShare this article";
        var reportAt = text.IndexOf("report", StringComparison.Ordinal);
        var block = new Block(BlockKind.Paragraph, text)
        {
            Links = [new Link(0, 4, "https://example.org/skip"), new Link(reportAt, reportAt + 6, "https://example.org/report")],
        };

        var filtered = Filter.Filter(block);

        Assert.NotNull(filtered);
        Assert.Equal("The report was published.", filtered.Text);
        var link = Assert.Single(filtered.Links);
        Assert.Equal("report", filtered.Text[link.Start..link.End]);
        Assert.Equal("https://example.org/report", link.Url);
    }

    [Fact]
    public void A_menu_copied_a_line_per_entry_is_removed_with_the_article_text_kept()
    {
        var block = new Block(BlockKind.Paragraph, "Home\nWorld\nUK Politics\nBusiness\nClimate Crisis\nThe vote was held on Monday.");

        Assert.Equal("The vote was held on Monday.", Filter.Filter(block)?.Text);
    }

    [Theory]
    [InlineData("Ingredients:\nEggs\nFlour\nMilk\nButter\nSugar")]
    [InlineData("Name\nVotes\nAlice Smith\n4,310\nBob Jones\n3,982\nCarol White\n1,204")]
    public void A_short_list_or_a_table_in_the_article_is_not_a_menu(string text)
    {
        var block = new Block(BlockKind.Paragraph, text);
        Assert.Same(block, Filter.Filter(block));
    }

    [Fact]
    public void A_block_of_furniture_only_is_dropped()
    {
        Assert.Null(Filter.Filter(new Block(BlockKind.Paragraph, "top of page\n\nBack to top")));
    }

    [Fact]
    public void A_block_without_furniture_is_returned_unchanged()
    {
        var block = new Block(BlockKind.Quote, "Nothing to remove\nhere at all.");
        Assert.Same(block, Filter.Filter(block));
    }

    [Fact]
    public void Entries_follow_the_data_file_format()
    {
        var custom = BoilerplateFilter.FromEntries(["= tap to expand", "^ watch:", "~ gallery"]);

        Assert.True(custom.IsFurniture("Tap to expand"));
        Assert.True(custom.IsFurniture("Watch: the launch in full"));
        Assert.True(custom.IsFurniture("Gallery"));
        Assert.False(custom.IsFurniture("Top of page"));
    }

    [Fact]
    public void Each_filter_keeps_its_own_verdicts()
    {
        var gallery = BoilerplateFilter.FromEntries(["~ gallery"]);
        var none = BoilerplateFilter.FromEntries(["= tap to expand"]);

        Assert.True(gallery.IsFurniture("Gallery"));
        Assert.False(none.IsFurniture("Gallery"));
        Assert.True(gallery.IsFurniture("Gallery"));
    }

    [Fact]
    public void Verdicts_stay_the_same_past_the_number_kept()
    {
        var lines = Enumerable.Range(0, 3000).Select(i => i % 3 == 0 ? "Skip to content" : $"The council met {i} times last year to discuss the plan.").ToList();

        var first = lines.Select(Filter.IsFurniture).ToList();
        var again = lines.Select(Filter.IsFurniture).ToList();

        Assert.Equal(first, again);
        Assert.Equal(1000, first.Count(f => f));
    }
}
