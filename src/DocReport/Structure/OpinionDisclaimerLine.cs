using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises the publisher's disclaimer under an opinion piece or a guest post: that the views in it are the author's and
/// not necessarily the editors' ("The views expressed are those of the author and do not necessarily reflect the position of
/// the paper.", "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.", "Les opinions
/// exprimées n'engagent que leurs auteurs."). It takes three marks at once: views or opinions, their author or the editors,
/// and the disclaimer's turn ("not necessarily", "are those of", "n'engagent que"). The marks are the standard wording of
/// such notes in English, German, French, Spanish, Italian, Dutch and Polish; a sentence of a review that reports an
/// author's opinion ("The book gives the author's view of the war.") lacks the turn and stays.
/// </summary>
internal static partial class OpinionDisclaimerLine
{
    private const int MaxWords = 50;

    public static bool Matches(string line) =>
        Turn().IsMatch(line) && Opinion().IsMatch(line) && Party().IsMatch(line)
        && line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords;

    [GeneratedRegex(@"\b(?:meinung(?:en)?|ansichten|einschätzungen|views?|opinions?|opinión|opiniones|opinione|opinioni|mening(?:en)?|opinie|opinii|poglądy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opinion();

    [GeneratedRegex(@"\b(?:autors?|autorin(?:nen)?|autoren|author'?s?|authors'?|contributors?|writers?|redaktion|editors?|editorial|publishers?|herausgeber\p{L}*|verlag\p{L}*|rédaction|auteurs?|autores?|autore|autori|redacción|redazione|redactie|redakcj\p{L}*|autora)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Party();

    [GeneratedRegex(@"\b(?:nicht\s+(?:notwendigerweise|unbedingt|zwingend|zwangsläufig)|(?:nicht|keinesfalls|keineswegs)\s+(?:\p{L}+\s+){0,2}meinung\s+der\s+redaktion|not\s+necessarily|(?:do|does)\s+not\s+(?:necessarily\s+)?(?:reflect|represent)|(?:are|is)\s+(?:solely\s+)?(?:those|that)\s+of|(?:are|is)\s+(?:their|his|her)\s+own|entsprechen\s+(?:jeweils\s+)?den\s+persönlichen|n'engagent|pas\s+(?:forcément|nécessairement)|no\s+(?:necesariamente\s+)?(?:reflejan|representan|coinciden)|exclusiva\s+responsabilidad|responsabilidad\s+exclusiva|non\s+(?:necessariamente\s+)?(?:riflettono|rappresentano)|niet\s+noodzakelijk(?:erwijze)?|nie\s+(?:muszą\s+)?(?:odzwierciedla\p{L}*|wyraża\p{L}*))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Turn();
}
