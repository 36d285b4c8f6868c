using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises the author note a page prints under an article ("Phil Helsel is a reporter for NBC News.",
/// "Inga Buller ist Redakteurin bei CHIP."): a short line that opens with a name and gives a press job, or opens with
/// "the author is" and gives a job or post ("Der Autor ist Professor an der ...").
/// </summary>
internal static partial class AuthorBioLine
{
    private const int MaxWords = 40;

    public static bool Matches(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords
        && (Bio().IsMatch(line.Trim()) || TheAuthorIs().IsMatch(line.Trim()));

    // A note that opens "The author is" and gives a job or post: "Der Autor ist Professor an der ...", "The author is a
    // senior fellow at ...", "L'autrice est chercheuse ...". A review's "The author is at his best ..." names no job and stays.
    [GeneratedRegex(@"^(?:der\s+autor|die\s+autorin|die\s+autoren|the\s+authors?|the\s+writer|l'auteure?|l'autrice|el\s+autor|la\s+autora|l'autore|l'autrice)\s+(?:ist|sind|war|is|are|was|est|es|è)\s+(?:(?:a|an|the|ein|eine|der|die|un|une|una|uno|il|la|le|el)\s+)?(?:[\p{L}-]+\s+){0,3}\p{L}*(?:professor|professeur|profesor|professore|journalist|journaliste|periodista|giornalista|redakteur|redaktor|editor|rédacteur|publizist|historiker|historian|historien|historiador|storico|wissenschaftler|scientist|researcher|chercheur|chercheuse|investigador|ricercatore|lecturer|dozent|fellow|direktor|director|directeur|direttore|leiter|chef|gründer|founder|fondateur|fundador|theologe|pfarrer|priest|prêtre|arzt|ärztin|doctor|médecin|médico|medico|jurist|anwalt|lawyer|avocat|abogado|avvocato|ökonom|economist|économiste|economista|politologe|analyst|analyste|analista|autor|author|auteur|writer|schriftsteller|écrivain|escritor|scrittore|korrespondent|correspondent|reporter|mitarbeiter|member|mitglied|membre|miembro|membro|student|doktorand|berater|consultant|sprecher|spokesman|referent|vorsitzender|chairman|präsident|president)(?:in|innen|en|e|a|s)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheAuthorIs();

    // Newsroom jobs in English and German, the languages whose author notes follow this shape.
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:is|was|ist|war)\s+(?:a|an|the|ein|eine|der|die)?\s*(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|photographer|redakteur|redakteurin|journalistin|autor|autorin|korrespondent|korrespondentin|volontär|volontärin)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Bio();
}
