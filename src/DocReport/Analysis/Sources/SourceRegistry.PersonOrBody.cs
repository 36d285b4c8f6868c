using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that tells from the text whether a name the lists do not know is a person's or a body's: a
/// pronoun or a family word the text gives it ("McLenney said he", "McLenney's wife"), people who work at it ("analysts at
/// Morgan Stanley"), an article and a noun around it ("a Whole Foods spokeswoman"), or shortening to its first word.
/// </summary>
internal sealed partial class SourceRegistry
{
    // The gender the text gives the name ('-' when none) when it writes the name as a person's; null otherwise.
    private char? PersonUse(string name)
    {
        var gender = pronounGenders.GenderOf(name);
        // "Amazon placed itself between ...", "Amazon changed its terms": a name the text makes an "it" is no person's, whatever
        // "her" comes later in its sentence ("sold by Amazon, which shipped it to her")
        if (gender == '-' && !NameOccurrences.Find(text, name, NameOccurrences.WordBoundary, ItsAfter()).Any() && PronounLaterInSentence(name) is { } told) return told;
        return gender != '-' || NameOccurrences.Find(text, name, NameOccurrences.WordBoundary, PersonAfter()).Any() ? gender : null;
    }

    // "Trump's first wife, Ivana, had claimed that her husband ...", "Lupita told cops it was taken from her room": a personal
    // pronoun later in the name's own sentence, no other capitalised word between, is the name's (a body is "it"); null when
    // the text gives none, or both genders
    private char? PronounLaterInSentence(string name) =>
        NameOccurrences.Find(text, name, NotAfterArticle, PersonalPronounAfter()).Select(m => m.After.Groups[1].Value.ToLowerInvariant() is "he" or "his" ? 'm' : 'f')
            .Distinct().ToList() is [var only] ? only : null;

    [GeneratedRegex(@"\G\b[^.!?;\n\p{Lu}]{0,120}?\b(?i:(he|she|his|her))\b")]
    private static partial Regex PersonalPronounAfter();

    [GeneratedRegex(@"\G[ \t]+\p{Ll}+[ \t]+(?:its|itself)\b")]
    private static partial Regex ItsAfter();

    // "attracted Bolger to the Amazon website, provided her with", "shipped it in Amazon packaging to her": after an article or a
    // preposition the name is no subject the pronoun goes back to
    private static readonly Regex NotAfterArticle = NameOccurrences.AtWordStart(NotAfterArticleTest);
    [GeneratedRegex(@"\G\b(?<!\b(?:[Tt]he|[Aa]n?|in|on|at|from|by|with|to|for|of|into)\s)")]
    private static partial Regex NotAfterArticleTest { get; }

    [GeneratedRegex(@"\G(?:,[ \t]+\d{1,3},|['’]s[ \t]+(?:wife|husband|son|daughter|mother|father|brother|sister|family|parents|children|lawyer|attorney)\b)")]
    private static partial Regex PersonAfter();

    // "an economist at J.P. Morgan", "strategists at Goldman Sachs": a person's noun, then "at", then the name; not "a clerk at
    // John Marsh's shop", where people work at what the name owns.
    private bool WorkedAt(string name) =>
        AtPhrases.WordsBefore(name).Any(w => SourceLexicon.DescriptorOf(w) is { } d && (d.Kind == SourceKind.Person || d.IsPeople || d.SpeaksFor));

    private AtPhrases? atPhrases;
    private AtPhrases AtPhrases => atPhrases ??= new(text);

    // "a Whole Foods spokeswoman", "the Yahoo Finance site": a name with an article before it and a noun after it is a body's.
    private bool WrittenAsBody(string name) => NameOccurrences.Find(text, name, ArticleBefore, LowerWordAfter).Any();

    private static readonly Regex ArticleBefore = NameOccurrences.AtWordStart(ArticleBeforeTest);
    [GeneratedRegex(@"\G(?<=\b(?:[Aa]n?|[Tt]he)\s+)")]
    private static partial Regex ArticleBeforeTest { get; }
    [GeneratedRegex(@"\G(?:['’]s?)?\s+\p{Ll}")]
    private static partial Regex LowerWordAfter { get; }

    // "Goldman Sachs ... Goldman said": a two-word name the text shortens to its first word and never to its last is a firm's;
    // a person's is shortened to the surname ("Kiki McLean ... McLean said"), or to a first word written with a title ("Ban
    // Ki-moon ... Mr. Ban").
    private bool ShortenedToFirstWord(string[] words) =>
        words.Length == 2 && titles.TitleBefore(words[0]) is null && NameOccurrences.Find(text, words[0], NameOccurrences.WordBoundary, NoNameAfter).Any()
        && !NameOccurrences.Find(text, words[1], NoNameBefore, NameOccurrences.WordBoundary).Any();

    // a capital, or a surname's particle before one ("Bashar al-Assad", "Bill de Blasio"), goes on with the name
    [GeneratedRegex(@"\G\b(?![ \t]+(?:\p{Lu}|\p{Ll}{1,4}[ \t-]\p{Lu}))")]
    private static partial Regex NoNameAfter { get; }
    private static readonly Regex NoNameBefore = NameOccurrences.AtWordStart(NoNameBeforeTest);
    [GeneratedRegex(@"\G\b(?<!\p{Lu}[\p{L}'’.-]*[ \t]+)")]
    private static partial Regex NoNameBeforeTest { get; }
}
