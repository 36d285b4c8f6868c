using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that reads "the company" as the body the text set beside the noun before, cited or not: "her own
/// weight-loss company: Organic Liaison ... The company's release continued", "Voltaris, a software company, ... the company said".
/// </summary>
internal sealed partial class SourceRegistry
{
    // "company: Organic Liaison", "the company, Voltaris,"; "Voltaris, a software company": a name set off from the noun by a colon
    // or a comma, right after it or right before its article
    private static readonly NamePatterns SetWithNounPatterns = new(noun =>
        $@"\b{Regex.Escape(noun)}[ \t]*[:,][ \t]+(?:the[ \t]+)?(?<name>{SetName})|(?<name>{SetName})[ \t]*,[ \t]+(?:an?|the)[ \t]+(?:[\p{{Ll}}-]+[ \t]+){{0,3}}{Regex.Escape(noun)}(?![\p{{L}}'’])");

    private const string SetName = @"\p{Lu}[\p{L}\p{N}'’&.-]*(?:[ \t]+(?:(?:of|for|and|the|de)[ \t]+)?\p{Lu}[\p{L}\p{N}'’&.-]*){0,4}";

    /// <summary>
    /// The one body the text sets beside <paramref name="noun"/> (a generic noun: "company", "firm") within a pronoun's reach
    /// before <paramref name="position"/>, as that kind; null when it sets none, or two. A name read as a person's ("Lee, a
    /// company founder") or another kind's ("In Paris, a company") is none.
    /// </summary>
    private SourceEntry? SetWithNoun(string noun, Descriptor descriptor, int position)
    {
        var from = Math.Max(0, position - PronounReach);
        var names = NameOccurrences.InLinesHolding(text, SetWithNounPatterns.For(noun), noun)
            .Where(m => m.Index >= from && m.Index + m.Length <= position)
            .Select(m => SourcePhrase.Parse(m.Groups["name"].Value)).OfType<SourcePhrase>()
            .Where(p => p.Form == PhraseForm.Named).DistinctBy(p => p.Name).ToList();
        if (names is not [var only] || !FitsBody(only, descriptor.Kind)) return null;
        return byName.TryGetValue(only.Name, out var known) ? (known.Kind == SourceKind.Person ? null : known) : Add(only.Name, descriptor.Kind, null);
    }

    // the lists read it as a body of the kind, or read it as a person only by the shape of two name words ("Organic Liaison")
    private bool FitsBody(SourcePhrase phrase, SourceKind kind) =>
        SourceKindClassifier.Classify(phrase) is var read && (read == kind || read == SourceKind.Person && !phrase.LooksLikePerson && !NamesPerson(phrase.Name) && phrase.Name.Contains(' '));
}
