using System.Text.RegularExpressions;
using DocReport.Structure;

namespace DocReport.Tests.Structure;

public class CaptionAndDateLineTests
{
    private static readonly BoilerplateFilter Filter = BoilerplateFilter.Default;

    [Theory]
    [InlineData("Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com")]
    [InlineData("Image copyright Getty Images")]
    [InlineData("Roman Prymula, photo: Archives du Gouvernement tchèque")]
    [InlineData("(crédito: Minervino Júnior/CB/D.A.Press)")]
    [InlineData("Crédits photos : Bestimage")]
    [InlineData("Schneeräumpflicht - was man darüber wissen muss© Rike/pixelio.de")]
    [InlineData("Son tres los periodos de vacaciones durante el año escolar. Foto: Andina")]
    [InlineData("Bildquelle: SWR")]
    [InlineData("Bildcredit: (c) yakushkina - depositphotos.com")]
    [InlineData("Photo Credit:")]
    [InlineData("Beitragsbild:")]
    public void A_caption_ending_in_a_credit_is_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("24. März 2004, 19:49 | Genesis")]
    [InlineData("Publikacja: 04.05.2021")]
    [InlineData("3:59 PM")]
    [InlineData("News date : 04/21/2022 Category : Press Releases")]
    [InlineData("Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS")]
    [InlineData("opublikowano: 2021-04-29 17:13:04.031886+02:00")]
    [InlineData("March 8, 2025")]
    [InlineData("Von Gerd Albers 4.\u20092.\u20092022.")]
    [InlineData("Last updated at 3:59 p.m.")]
    [InlineData("Posted on March 3, 2021 by Ann Lee")]
    [InlineData("Publicado em 4 de março de 2021")]
    [InlineData("Zveřejněno 4. března 2021")]
    [InlineData("Опубликовано 4 марта 2021")]
    public void A_date_or_meta_line_is_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("The image shows the damage done to the harbour wall by the storm.")]
    [InlineData("The photo was taken by a resident who asked not to be named, the police said on Monday.")]
    [InlineData("On 3 May 2021 the council voted to close the bridge. Repairs began in June and will cost 4 million euros.")]
    [InlineData("The council met at 10:30 on Tuesday to discuss the flood defences, the harbour and the budget for next year.")]
    [InlineData("Prices rose 4.5% in the year to March, the statistics office said.")]
    [InlineData("Follow-up inspections found cracks in the harbour wall, the engineers wrote in their report.")]
    [InlineData("Join the queue at the ferry office before nine, the council advised travellers.")]
    [InlineData("Look at this photo:")]
    [InlineData("The 07:15 tram now leaves at 07:45.")]
    [InlineData("Ticket offices close at 18:00 from Monday.")]
    [InlineData("A ponte fechou em 4 de março de 2021 e a câmara ainda não marcou a data das obras de reparação.")]
    [InlineData("The mayor spoke. See https://town.example/news/JosÃ© too.")] // a broken "é" in an address left as written, not a ©
    public void Sentences_that_mention_pictures_dates_or_times_stay(string line) => Assert.False(Filter.IsFurniture(line));

    // \d takes the decimal digits of every script, so a date written in them is still a date (the check for a digit
    // before the patterns run must take them too); a line without a digit holds no date.
    [Theory]
    [InlineData("Publikacja: \u0660\u0664.\u0660\u0665.\u0662\u0660\u0662\u0661", true)]
    [InlineData("Publikacja: \u0966\u096A.\u0966\u096B.\u0968\u0966\u0968\u0967", true)]
    [InlineData("Publikacja: 04.05.2021", true)]
    [InlineData("Posted on Monday by Ann Lee", false)]
    [InlineData("Publikacja: dzisiaj", false)]
    public void A_date_line_needs_a_digit_of_any_script(string line, bool date) => Assert.Equal(date, DateLine.IsMostlyDate(line));

    [Theory]
    [InlineData("ab 1. Januar 2023 für Wasserpfeifentabak und erhitzten Tabak und")]
    [InlineData("bis zum 14. Oktober 2021 beim Zollamt")]
    [InlineData("9 March but no one was hurt, as the")] // a PDF paragraph's line, wrapped inside its sentence
    public void A_line_going_on_from_a_sentence_is_not_a_date_line(string line) => Assert.False(Filter.IsFurniture(line));

    // German capitalises its nouns, so counting lower-case words took these for date lines.
    [Theory]
    [InlineData("Hier ein Überblick (Stand 14. Januar 2022).")]
    [InlineData("Der Hafenmarkt öffnet am 3. Mai.")]
    [InlineData("Die Fähre Nord fährt ab 18:30 Uhr.")]
    [InlineData("Endstand im Rückspiel: 87:63 für Quillbrook.")] // a score, no clock time
    public void A_German_sentence_with_a_date_is_no_date_line(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Stand des Artikels: 26. Februar 2020, 12:30 Uhr.")]
    [InlineData("Zuletzt aktualisiert am 3. Mai 2021.")]
    [InlineData("Berlin, 29. November 2022.")]
    [InlineData("31. Oktober 2023.")]
    public void A_meta_line_with_a_stop_is_still_a_date_line(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Tag des Hafenfests am 22. Januar", false)]
    [InlineData("23.01.2022 - Lena Hagedorn gewinnt den Hafenlauf", false)]
    [InlineData("31. Oktober 2023", true)]
    [InlineData("Home", true)]
    public void A_title_holding_a_date_is_a_headline(string title, bool furniture) => Assert.Equal(furniture, Filter.IsFurnitureTitle(title));

    [Theory]
    [InlineData("Sie sind aktuell nicht eingeloggt.")]
    [InlineData("To view the full story, please subscribe to The Harbour Times.")]
    [InlineData("If you're already a subscriber, you can log in for immediate access to this story.")]
    [InlineData("Hier können Sie den Artikel bewerten")]
    public void A_line_about_the_readers_account_comments_or_rating_is_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Folgt uns auf Instagram und Facebook!")]
    [InlineData("Suivez-nous sur Twitter et YouTube.")]
    [InlineData("Síguenos en Instagram")]
    [InlineData("Then sign up for our newsletter to get the harbour news in your inbox every Monday.")]
    [InlineData("Melde dich zu unserem Newsletter an")]
    public void Calls_to_follow_the_publisher_or_join_its_newsletter_in_other_languages_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("The council sends a newsletter to every household twice a year.")]
    [InlineData("Folgt man der Küstenstraße nach Norden, erreicht man den alten Hafen.")]
    [InlineData("Sigue la polémica en Twitter tras las palabras del alcalde sobre el puerto.")]
    [InlineData("Folge 12 des Hafenpodcasts gibt es auf YouTube und Spotify.")]
    public void Sentences_about_newsletters_or_following_that_do_not_address_the_reader_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Netflix added two million subscribers in the quarter.")]
    [InlineData("sie teilen die Sorge der Fischer um den Hafen.")]
    [InlineData("Readers were asked to comment on the plans by Friday.")]
    public void Sentences_about_subscribers_or_comments_that_do_not_address_the_reader_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Gefällt dir der Beitrag? Dann gerne teilen!")]
    [InlineData("Diesen Bericht weiterempfehlen oder kommentieren:")]
    [InlineData("Enjoyed it? Comment below!")]
    [InlineData("(Rate this? // Jetzt bewerten?)")]
    public void A_few_words_that_ask_the_reader_to_share_comment_or_rate_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("The mayor declined to comment.")]
    [InlineData("Die Gemeinden teilen sich die Kosten.")]
    [InlineData("Wer soll das bewerten")]
    public void Short_statements_about_comments_or_sharing_stay(string line) => Assert.False(Filter.IsFurniture(line));

    // French "comment" is "how": a question it opens is a heading, while a short question asking for a comment still goes.
    [Theory]
    [InlineData("Comment concilier climat et pétrole?")]
    [InlineData("Comment choisir son vélo ?")]
    [InlineData("Comment expliquez-vous ce retard ?")]
    [InlineData("Comment ça marche ?")]
    [InlineData("Comment les villes financent-elles le tram?")]
    public void A_french_question_opening_on_comment_stays(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Comment below?")]
    [InlineData("Want to comment?")]
    [InlineData("Comment concilier climat et pétrole? Connectez-vous!")]
    [InlineData("Comment under this post!")]
    public void A_short_question_or_call_asking_for_a_comment_or_a_login_still_goes(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("À lire aussi » Ballonnements, lourdeurs...Quel est votre profil digestif ?")]
    [InlineData("Mehr zum Thema")]
    [InlineData("Das könnte Sie auch interessieren!")]
    [InlineData("Anzeige:")]
    [InlineData("Related Coverage")]
    [InlineData("This entry was posted in Allgemein. Bookmark the permalink.")]
    [InlineData("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.")]
    [InlineData("for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-up")]
    [InlineData("Video")]
    public void Other_languages_furniture_lines_are_recognised(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Harbour at dusk. \u212Auva: Jane Roe/Archive")]
    [InlineData("The quay in winter. PHOTO: Jane Roe")]
    [InlineData("Boats at the pier (CRÉDITO: Jane Roe)")]
    public void A_label_in_any_letters_the_case_insensitive_pattern_takes_for_its_own_is_a_credit(string line) =>
        Assert.True(new CreditLine(["photo", "crédito", "kuva"]).Matches(line));

    // The credit pattern is tried only on lines whose folded letters hold a label: every character the case-insensitive
    // pattern takes for a label's letter must fold to the same letter, or a credit would be skipped.
    [Fact]
    public void Folding_puts_together_every_letter_the_case_insensitive_pattern_does()
    {
        var labelLetters = "abcdefghijklmnopqrstuvwxyzéóźżdłęąśćńüöäß".Distinct();
        foreach (var letter in labelLetters)
        {
            var same = new Regex(Regex.Escape(letter.ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            for (var c = char.MinValue; ; c++)
            {
                if (same.IsMatch([c])) Assert.Equal(CreditLine.Fold(letter), CreditLine.Fold(c));
                if (c == char.MaxValue) break;
            }
        }
    }
}
