namespace DocReport.Analysis.Sources;

internal sealed partial class SourceRegistry
{
    // "Officials at the Kobe Hospital said ... an official said": one more of the officials the text cited just before, written with
    // "a", "an" or "another" and no owner, speaks for the same body (PointedBack's checks: no other body of its kind named since);
    // null otherwise, and the description stays an unnamed person as before
    private SourceEntry? OneOfCited(SourcePhrase phrase, Descriptor descriptor, string head, int position, SourcePhrase? subject) =>
        phrase.Owner is null && descriptor is { SpeaksFor: true, IsGroup: false } && Indefinite().IsMatch(text, position)
        && PointedBack(head, descriptor, position, subject) is ({ } cited, false) ? cited : null;
}
