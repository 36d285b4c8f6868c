using DocReport.Structure;

namespace DocReport.Tests.Structure;

/// <summary>Prompts to the reader, source notes and closing labels (round 27): made-up lines, each rule with lines that must stay.</summary>
public class ReaderPromptLineTests
{
    private static readonly BoilerplateFilter Filter = BoilerplateFilter.Default;

    [Theory]
    [InlineData("Anmelden und weiterlesen")]
    [InlineData("Log in to continue reading")]
    [InlineData("Subscribe to keep reading the harbour report")]
    [InlineData("Connectez-vous pour lire la suite")]
    [InlineData("Ihnen stehen diesen Monat keine freien Artikel mehr zur Verfügung.")]
    [InlineData("You have 2 free articles left this month.")]
    [InlineData("Melden Sie sich an, um unbegrenzt Artikel zu lesen")]
    [InlineData("Dieses Video ist nur für Abonnenten verfügbar.")]
    [InlineData("Este podcast es exclusivo para suscriptores.")]
    public void Paywall_and_login_notes_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Hafenplan wird geladen - bitte warten...")]
    [InlineData("Map loading…")]
    [InlineData("Please enable JavaScript to view this page.")]
    [InlineData("Bitte aktivieren Sie JavaScript, um diese Karte zu sehen.")]
    [InlineData("JavaScript is disabled")]
    public void Loading_and_script_notices_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Abonnieren Sie unseren Hafenbrief: Was am Kai passiert, jeden Morgen um 7 Uhr in Ihrem Postfach.")]
    [InlineData("Want the tide tables every week? Sign up for our harbour newsletter.")]
    [InlineData("Neuigkeiten vom Kai – tragen Sie sich jetzt für den Newsletter ein.")]
    [InlineData("Erhalte Updates direkt auf dein Handy – abonniere jetzt.")]
    [InlineData("Über 2.400 Leser folgen diesem Thema.")]
    [InlineData("Weitere Infos unter www.harbour-days.example.")]
    [InlineData("Info: www.ferry-timetable.example")]
    public void Calls_to_subscribe_follower_counts_and_bare_pointers_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("The harbour paper asks readers to subscribe to its newsletter before the vote.")]
    [InlineData("The ferry was loading cars when the storm came.")]
    [InlineData("Die Fähre wird geladen, bevor der Sturm kommt.")]
    [InlineData("Members get unlimited access to the marina.")]
    [InlineData("To fix the form, the clerk had to enable JavaScript in an old browser that the office still uses for its payroll.")]
    [InlineData("Weitere Informationen zur Sperrung gibt das Hafenamt unter 0401 2345.")]
    [InlineData("More information on the closure was given at the meeting.")]
    [InlineData("The mayor wrote on her blog. Sign up for updates, she told the crowd.")]
    [InlineData("Viele Leser folgen dem Thema seit Jahren.")]
    public void Sentences_about_subscribing_loading_or_information_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Twitter: @harbourdesk")]
    [InlineData("LinkedIn linkedin.com/in/jroe-harbour/")]
    [InlineData("(via Harbour Weekly)")]
    [InlineData("Mit Material von dpa")]
    [InlineData("With reporting from Reuters.")]
    [InlineData("Night ferry from Jane Roe on Vimeo.")]
    [InlineData("Der Autor ist Professor für Meereskunde an der Universität Kiel.")]
    [InlineData("The author is a senior fellow at the Harbour Institute.")]
    [InlineData("Weitere Kommentare")]
    [InlineData("Zum Seitenanfang")]
    [InlineData("Leave a reply")]
    public void Source_notes_author_notes_and_closing_labels_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("She posted it on Twitter: @harbourdesk replied within minutes and the ferry sailed.")]
    [InlineData("Via Roma 12, Genova")]
    [InlineData("The clip drew praise from fans on Vimeo and elsewhere, the director said.")]
    [InlineData("Der Autor ist in seinem dritten Roman am besten, wenn er vom Hafen erzählt.")]
    [InlineData("The author is at her best when she writes about the sea.")]
    [InlineData("Die Kommentare der Leser waren überwiegend freundlich.")]
    public void Sentences_that_name_a_platform_a_source_or_an_author_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Der Kai im Morgenlicht / picture alliance")]
    [InlineData("Fähren im Hafen von Danzig, fot. Shutterstock")]
    [InlineData("Fotos: Jane Roe, John Doe, Ann Lee, Harbour Archive Kiel, Hans-L. Meyer")]
    public void Agency_credits_dotted_labels_and_lists_of_photographers_are_credits(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Die Fähre kam um neun an, berichtete die Agentur dpa.")]
    [InlineData("Fotos: Die Schau im Hafenmuseum zeigt vierzig Bilder. Sie läuft bis Mai, der Eintritt ist frei.")]
    public void Sentences_that_name_an_agency_or_open_with_a_label_stay(string line) => Assert.False(Filter.IsFurniture(line));
}
