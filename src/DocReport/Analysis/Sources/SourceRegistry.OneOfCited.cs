namespace DocReport.Analysis.Sources;

internal sealed partial class SourceRegistry
{
    // "Officials at the Kobe Hospital said ... an official said" (or "the official said"): one of the officials the text cited just
    // before, with no owner, speaks for the same body (PointedBack's checks: no other body of its kind named since); null otherwise,
    // and the description stays an unnamed person as before. A former official speaks for no body ("a former official said" after
    // "law enforcement officials said" is no one of them).
    private SourceEntry? OneOfCited(SourcePhrase phrase, Descriptor descriptor, string head, int position, SourcePhrase? subject) =>
        phrase.Owner is null && descriptor is { SpeaksFor: true, IsGroup: false } && !Former().IsMatch(phrase.Name)
        && (phrase.Definite || Indefinite().IsMatch(text, position))
        && lastByWord.ContainsKey(head + "s") && PointedBack(head + "s", descriptor, position, subject) is ({ } cited, false) ? cited : null;
}
