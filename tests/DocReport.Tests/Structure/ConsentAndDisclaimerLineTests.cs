using DocReport.Structure;

namespace DocReport.Tests.Structure;

/// <summary>Cookie banners, consent gates before embedded posts and opinion disclaimers (round 43): made-up lines, each rule
/// with sentences about the same things that must stay.</summary>
public class ConsentAndDisclaimerLineTests
{
    private static readonly BoilerplateFilter Filter = BoilerplateFilter.Default;

    [Theory]
    [InlineData("We use cookies to make sure you get the best out of our harbour guide.")]
    [InlineData("Diese Seite verwendet Cookies. Wenn du weiter liest, stimmst du ihrer Verwendung zu.")]
    [InlineData("Um Ihnen den Fahrplan anzuzeigen, setzen wir Cookies ein.")]
    [InlineData("Nous utilisons des cookies pour vous proposer les horaires du port.")]
    [InlineData("More about the cookies we set and how you can refuse them: cookie policy")]
    public void Cookie_banners_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("By loading the video, you accept the privacy policy of the video service.")]
    [InlineData("Mit dem Laden der Karte akzeptieren Sie die Datenschutzerklärung des Kartendienstes.")]
    [InlineData("Hier steht ein externer Inhalt, der den Artikel ergänzt. Ihr könnt ihn mit einem Klick anzeigen, wenn ihr zustimmt.")]
    [InlineData("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.")]
    [InlineData("We respect your privacy and will not connect to the photo service without your consent.")]
    public void Consent_gates_before_embedded_content_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("The court ruled that sites must ask users before they load third-party content.")]
    [InlineData("The ferry company uses cookies from a third-party vendor to count visits to its timetable.")]
    [InlineData("Do we use cookies?")]
    [InlineData("Die Bäckerei am Hafen verkauft Cookies und Kuchen; die Kunden stimmen ab, welche Sorte bleibt.")]
    [InlineData("The council agreed to publish the harbour plan, and you can read it at the town hall.")]
    public void Sentences_about_cookies_and_consent_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("The views expressed in this column are those of the author and do not necessarily reflect the position of the Harbour Gazette.")]
    [InlineData("Dieser Gastbeitrag gibt die Meinung der Autorin wieder, nicht notwendigerweise die der Redaktion.")]
    [InlineData("Leserkommentare stellen keinesfalls die Meinung der Redaktion dar.")]
    [InlineData("Les opinions exprimées dans cette tribune n'engagent que leurs auteurs.")]
    [InlineData("Las opiniones de los autores no reflejan necesariamente las de la redacción.")]
    public void Opinion_disclaimers_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("The book gives the author's view of the harbour strike.")]
    [InlineData("Der Autor ist der Meinung, dass der Hafen zu klein ist.")]
    [InlineData("Editors and authors do not always agree on the title of a book.")]
    public void Sentences_about_opinions_stay(string line) => Assert.False(Filter.IsFurniture(line));
}
