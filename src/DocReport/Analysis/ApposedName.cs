using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Analysis;

/// <summary>
/// "the Asheville Tea PAC, a local organization which said in a release": a description set after a name by a comma, whose
/// relative clause does the saying, describes that name; the source is the body or person named, not an unnamed one.
/// </summary>
internal static partial class ApposedName
{
    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:(?:of|for|and|the|on|de)\s+)*\p{Lu}[\p{L}\p{N}.'’&-]*)*)\s*,\s*$")]
    private static partial Regex NameThenComma();

    [GeneratedRegex(@"\b(?:which|who|that)\s*$")]
    private static partial Regex RelativeAfter();

    /// <summary>The name the attribution's description is set after, when its own relative clause speaks; null otherwise.</summary>
    public static SourcePhrase? Of(string text, FoundAttribution f)
    {
        if (f.Phrase is not { Form: PhraseForm.Descriptor, Definite: false, Owner: null, Descriptor: { } descriptor } || f.Source.End > f.Cue.Start
            || !RelativeAfter().IsMatch(text[f.Source.Start..f.Cue.Start])) return null;
        var named = NameThenComma().Match(text[f.Sentence.Start..f.Source.Start]);
        if (!named.Success || SourcePhrase.Parse(named.Groups["name"].Value) is not { Form: PhraseForm.Named } name
            || SourceLexicon.Countries.Contains(name.Name)) return null;
        // a person described as a person, a body as a body ("Lee, a local organization which" is not the organization)
        return SourceKindClassifier.Classify(name) == SourceKind.Person == (descriptor.Kind == SourceKind.Person) ? name : null;
    }
}
