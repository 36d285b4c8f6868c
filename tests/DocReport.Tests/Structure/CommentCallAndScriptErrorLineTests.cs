using DocReport.Structure;

namespace DocReport.Tests.Structure;

/// <summary>
/// A comment box's calls and notices, PHP's error lines and readers' ratings (round 44): made-up lines in the languages the
/// rules name, each rule with lines that must stay.
/// </summary>
public class CommentCallAndScriptErrorLineTests
{
    private static readonly BoilerplateFilter Filter = BoilerplateFilter.Default;

    [Theory]
    [InlineData("Let us know in the comments which ferry you take.")]
    [InlineData("You must be logged in to post a comment.")]
    [InlineData("Tried the harbour walk? Tell us how it went or leave a comment below.")]
    [InlineData("Verraten Sie gerne in den Kommentaren: Welche Fähre nehmen Sie?")]
    [InlineData("Was hältst du von der neuen Fährlinie? Ich freue mich auf deinen Kommentar.")]
    [InlineData("Um einen Kommentar zu schreiben, melden Sie sich bitte an.")]
    [InlineData("Beim Absenden Ihres Kommentars ist ein Fehler aufgetreten.")]
    [InlineData("Diskutiere gerne mit uns in den Kommentaren.")]
    [InlineData("Dites-nous en commentaire ce que vous en pensez !")]
    [InlineData("Déjanos tu comentario sobre el nuevo muelle.")]
    [InlineData("Lascia un commento e dicci cosa ne pensi tu.")]
    [InlineData("Deixe seu comentário e conte para nós o que você achou.")]
    [InlineData("Laat hieronder een reactie achter als je de veerboot hebt genomen.")]
    [InlineData("Napisz komentarz i daj znać, co myślisz o nowym promie.")]
    [InlineData("Please spare a minute to comment below and let us know how the harbour walk went for you and your family.")]
    [InlineData("Schreibe einen Kommentar")]
    [InlineData("Leave a comment")]
    [InlineData("Laisser un commentaire")]
    [InlineData("Deja un comentario")]
    [InlineData("Geef een reactie")]
    [InlineData("Dodaj komentarz")]
    public void Calls_to_comment_and_comment_box_notices_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("The harbour master declined to comment on his plans for the quay.")]
    [InlineData("As the inquiry is still open, I cannot comment any further on it, the US consul said.")]
    [InlineData("Sie wollte den Vorfall am Kai nicht kommentieren.")]
    [InlineData("Die Polizei wollte den Unfall uns gegenüber nicht kommentieren.")]
    [InlineData("In ihr Kommentar schrieb die Ministerin, der Hafen sei zu klein.")]
    [InlineData("Ihr Kommentar sorgte im Hafen für Aufregung.")]
    [InlineData("El ministro declinó hacer comentarios sobre su plan para el puerto.")]
    [InlineData("Comment vous rendre au port ? Le bus 12 part toutes les dix minutes.")]
    [InlineData("O ministro fez um comentário sobre seu plano para o porto.")]
    [InlineData("Wenn dir unsere Hafengeschichten gefallen, hinterlasse einfach hier oder auf unserem Kanal einen Kommentar oder teile unsere Beiträge mit deinen Freunden und Nachbarn.")]
    [InlineData("Kommentar: Die Fähre kommt zu spät")]
    [InlineData("But when a candidate makes those comments, obviously it hurts us.")]
    [InlineData("“If you make comments like that, the harbour suffers,” the mayor said.")]
    [InlineData("Ein Kommentar von Jane Roe")]
    public void Sentences_about_comments_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Deprecated: Function set_magic_quotes_runtime() is deprecated in /var/www/harbour/wp-settings.php on line 18")]
    [InlineData("Warning: Cannot modify header information - headers already sent in /home/harbour/index.php on line 12")]
    [InlineData("Strict Standards: Only variables should be passed by reference in /srv/www/includes/db.php on line 785")]
    [InlineData("Fatal error: Uncaught Error: Call to undefined function ferry() in /srv/www/index.php on line 3")]
    public void Php_error_lines_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Warning: the quay is closed on line 3 of the ferry map until Friday.")]
    [InlineData("The script in index.php on line 12 printed the harbour's tide table.")]
    public void Lines_that_mention_scripts_or_warnings_stay(string line) => Assert.False(Filter.IsFurniture(line));

    [Theory]
    [InlineData("4.67 from 21 votes")]
    [InlineData("4,5 von 5 Sternen")]
    [InlineData("4.5/5 (95 Stimmen)")]
    [InlineData("(7 Bewertungen)")]
    [InlineData("Rating: 4.5/5")]
    [InlineData("3,8 sur 5 étoiles")]
    public void Reader_ratings_are_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("SPD 1.234 Stimmen")]
    [InlineData("4/5")]
    [InlineData("Die Fähre bekam 4 von 5 Sternen.")]
    [InlineData("1/4 Tasse Zucker")]
    public void Election_counts_fractions_and_sentences_about_ratings_stay(string line) => Assert.False(Filter.IsFurniture(line));
}
