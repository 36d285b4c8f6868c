using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Tests.Structure;

/// <summary>Furniture lines told by their shape across sites (round 23): made-up lines, each rule with lines that must stay.</summary>
public class FurnitureLineTests
{
    private static readonly BoilerplateFilter Filter = BoilerplateFilter.Default;

    [Theory]
    [InlineData("Views: 845 | Added by: Marta | Tags: boats, harbour | Rating: 4.5/5")]
    [InlineData("Aufrufe: 312 · Autor: Jo · Kategorie: Hafen")]
    public void A_posts_information_line_with_a_counter_is_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Adults: 12 euros on weekdays | Children under ten: 6 euros | Parking: free for guests")]
    [InlineData("The ferry left at 9:40 | the storm came at noon | nobody was hurt")]
    public void Labelled_values_without_a_counter_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Become a member of the Harbour Club and get early tickets!")]
    [InlineData("Werden Sie jetzt Mitglied im Hafenverein!")]
    [InlineData("Devenez membre et recevez notre lettre du port.")]
    [InlineData("The blue kettle has been added to your cart.")]
    [InlineData("Der Artikel wurde erfolgreich hinzugefügt.")]
    public void Calls_to_become_a_member_and_basket_notices_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("She became a member of the harbour council in 2019.")]
    [InlineData("Mitglied werden kann jeder, der im Hafen arbeitet, sagte der Vorsitzende.")]
    [InlineData("Rice is added to the pan after five minutes.")]
    public void Sentences_about_members_or_adding_things_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Harbour at dawn by Jane Roe, licensed under CC BY-SA 4.0")]
    [InlineData("Old fishing boats, Jane Roe, via Wikimedia Commons")]
    [InlineData("Lighthouse by Jane Roe, en licence Creative Commons by")]
    [InlineData("Quay at night, Jane Roe, CC BY 4.0.")]
    public void A_short_line_naming_a_free_licence_is_a_credit(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("The museum now publishes its photos under a Creative Commons licence.")]
    [InlineData("The cc list of the email held forty names.")]
    [InlineData("Le musée du port publie ses photos sous licence Creative Commons.")]
    [InlineData("El archivo del puerto publica sus mapas bajo licencia Creative Commons desde marzo.")]
    [InlineData("The old ferry, pictured via Wikimedia Commons, sank in 1921.")]
    [InlineData("Die Karten stehen unter der Lizenz Creative Commons, sagte die Archivarin.")]
    [InlineData("The harbour office said its maps are free to reuse under CC BY-SA.")]
    public void Sentences_about_licences_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Fact]
    public void Soft_hyphens_inside_words_do_not_hide_a_furniture_line() =>
        Assert.True(Filter.IsFurniture("Mehr zum The\u00ADma"));

    [Fact]
    public void A_line_broken_off_a_furniture_line_inside_its_sentence_goes_with_it()
    {
        var block = new Block(BlockKind.Paragraph, "Werden Sie Mitglied bei\nden Hafenfreunden und erhalten Sie Rabatte!\nDer Hafen wird im Mai erneuert.");

        Assert.Equal("Der Hafen wird im Mai erneuert.", Filter.Filter(block)?.Text);
    }

    [Fact]
    public void A_line_after_a_furniture_line_that_starts_a_new_sentence_stays()
    {
        var block = new Block(BlockKind.Paragraph, "Skip to main content\nThe harbour reopens in May.");

        Assert.Equal("The harbour reopens in May.", Filter.Filter(block)?.Text);
    }

    [Theory]
    [InlineData("Weitere Topthemen des Monats:")]
    [InlineData("Related Posts")]
    [InlineData("Más noticias del puerto")]
    [InlineData("Mehr Hafengeschichten und Reisetipps")]
    public void A_label_over_more_of_the_sites_content_is_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Weitere Zellprojekte im Aufbau")]
    [InlineData("More rain expected at the weekend")]
    [InlineData("More stories emerged after the storm.")]
    [InlineData("Other harbour towns are planning the same, the minister said, and more news will follow in the spring.")]
    public void Headings_and_sentences_that_open_with_more_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Beliebte Inhalte & Beiträge")]
    [InlineData("Diese Artikel könnten dich ebenfalls interessieren:")]
    [InlineData("You might also like")]
    [InlineData("También te puede interesar")]
    public void Popular_content_and_what_may_interest_the_reader_are_labels(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Popular anger grew after the ferry fares rose.")]
    [InlineData("Die Pläne könnten auch Fischer interessieren, sagte sie.")]
    public void Sentences_about_popularity_or_interest_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("CONTINUA DEPOIS DA PUBLICIDADE")]
    [InlineData("Story continues below advertisement")]
    [InlineData("#Harbour #Storm #Ferries")]
    [InlineData("#Hafen#Sturm#Fähren")]
    public void An_advertisements_notice_and_a_line_of_hashtags_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Article continues after advertisement")]
    [InlineData("The story continues after this ad.")]
    [InlineData("Der Artikel wird nach der Anzeige fortgesetzt.")]
    [InlineData("La suite après la publicité")]
    [InlineData("El artículo continúa después del anuncio")]
    [InlineData("A reportagem continua após a publicidade")]
    [InlineData("Het artikel gaat verder onder de advertentie")]
    [InlineData("Artikeln fortsätter efter annonsen")]
    [InlineData("Artikkeli jatkuu mainoksen jälkeen")]
    [InlineData("Haberin devamı reklamdan sonra")]
    [InlineData("Статья продолжается после рекламы.")]
    [InlineData("Článek pokračuje pod reklamou")]
    [InlineData("Artykuł kontynuowany poniżej reklamy")]
    [InlineData("Συνέχεια μετά τη διαφήμιση")]
    [InlineData("Artikel berlanjut setelah iklan")]
    public void After_the_advertisement_the_article_continues_in_any_language(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Sales continued to fall after the advertising ban.")]
    [InlineData("Het bedrijf gaat verder met minder reclame op de radio.")]
    [InlineData("Продажи растут после рекламы на радио, сказал он.")]
    [InlineData("Ferry strike continues after advertising row")]
    [InlineData("Der Streit geht nach der Werbung im Stadion weiter")]
    public void Sentences_that_speak_of_advertising_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("The harbour's advertising budget rose after the storm.")]
    [InlineData("#1 on the list was the old ferry.")]
    [InlineData("C# and F# are taught at the harbour school.")]
    public void Sentences_about_advertising_or_with_a_hash_sign_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Foto: Jane Roe\neBay meldete am Montag höhere Gewinne.", "eBay meldete am Montag höhere Gewinne.")]
    [InlineData("Related Posts\niPhone sales fell 5% in March, the company said.", "iPhone sales fell 5% in March, the company said.")]
    [InlineData("Werden Sie Mitglied bei\nden Hafenfreunden\nund die Fähre fuhr weiter.", "und die Fähre fuhr weiter.")]
    public void A_name_with_a_capital_inside_or_a_second_line_is_no_continuation(string text, string kept) =>
        Assert.Equal(kept, Filter.Filter(new Block(BlockKind.Paragraph, text))?.Text);

    [Theory]
    [InlineData("More than 300 stories of abuse were collected")]
    [InlineData("Más de 200 artículos robados")]
    [InlineData("Mehr als 500 Beiträge gelöscht")]
    [InlineData("Plus de 300 articles retirés du marché")]
    [InlineData("Other news outlets reported similar figures")]
    [InlineData("Más noticias llegaron del hospital aquella noche")]
    [InlineData("Weitere Informationen zur Impfung")]
    [InlineData("More information about the new ferry timetable")]
    [InlineData("Więcej niż 40 artykułów zniknęło z archiwum")]
    public void Quantities_and_content_the_line_tells_of_are_no_labels(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Ermittlungen gehen weiter: Anzeige gegen Bürgermeister")]
    [InlineData("Ad spending continues to rise in the region")]
    [InlineData("La publicidad sigue creciendo en la radio")]
    [InlineData("Die Werbung im Fernsehen geht weiter zurück")]
    [InlineData("#MeToo")]
    public void Headlines_about_advertising_and_a_single_hashtag_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Anzeige gegen Bürgermeister: Ermittlungen gehen weiter")]
    [InlineData("Werbung im Fernsehen geht weiter zurück")]
    [InlineData("Anzeige wegen Betrugs gegen den Vereinsvorstand erstattet")]
    [InlineData("Anzeige-Formular der Polizei ist jetzt online")]
    [InlineData("Werbung für Zigaretten wird verboten")]
    [InlineData("WERBUNG IM FERNSEHEN GEHT ZURÜCK")]
    [InlineData("Werbung: Die Brauerei am Hafen gibt in diesem Jahr doppelt so viel für Plakate aus wie im Vorjahr")]
    public void A_sentence_that_opens_with_the_word_anzeige_or_werbung_stays(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Anzeige")]
    [InlineData("Anzeige: Jetzt den Gartenkatalog bestellen")]
    [InlineData("WERBUNG – Partnerangebot")]
    [InlineData("Anzeige | Mehr vom Sommerfest")]
    [InlineData("Werbung - Hier klicken")]
    [InlineData("*Werbung. Dieser Beitrag nennt eine Bäckerei am Markt.")]
    [InlineData("WERBUNG für Gartenmöbel aus Holz")]
    [InlineData("ANZEIGE - Heute Abend essen gehen? Probieren Sie doch mal:")]
    public void An_advertising_label_alone_or_with_a_few_words_after_a_colon_or_dash_is_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Lesen Sie nach der Anzeige weiter")]
    [InlineData("Advertisement - Continue Reading Below")]
    [InlineData("La noticia continúa después de la publicidad")]
    [InlineData("#RettetDenHafen")]
    [InlineData("Weitere Informationen zur Impfung:")]
    [InlineData("Mehr Informationen zum Hafen finden Sie unter:")]
    public void Advertisement_notices_campaign_tags_and_labels_before_links_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Become a member of the club, she told the young fishermen, and you will never be alone.")]
    [InlineData("Jetzt Mitglied werden, das wollen viele Fischer im Hafen.")]
    [InlineData("Devenez membre, répétait le maire aux pêcheurs du port.")]
    [InlineData("Items added to cart are kept for thirty days, the shop said.")]
    [InlineData("Products added to your basket stay there until the shop closes.")]
    public void Sentences_that_report_a_call_to_join_or_a_basket_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Become a member, get early tickets and support the harbour!")]
    [InlineData("Item added to cart")]
    [InlineData("Der Artikel wurde erfolgreich in den Warenkorb gelegt!")]
    public void Calls_to_join_and_basket_notices_with_a_comma_or_no_full_stop_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));
}
