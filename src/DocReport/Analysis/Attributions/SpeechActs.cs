using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Resources;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// Verbs that report with no verb of saying beside them. A speech act (Data/speech-acts.txt: "thanked", "complimented", "exhorted",
/// "expressed concern") is done in words, so it tells what its subject said. A ruling tells what a court or another body decided,
/// which the article cites as it would a statement, only with what was decided after the verb: "ruled that ...", "ordered that
/// ...", "ordered the state to ..."; "held that", "decided that", "determined that" only of a court, judge, jury or board ("Lee
/// decided that she would run" tells an intention). "The court ruled the room", "ordered a pizza", "decided to run" and "ruled
/// against the state" (the outcome, told as an event) report nothing. The verb must be said of its subject
/// (<see cref="VerbForms.VerbOf"/>: no passive, no negation, no noun).
/// </summary>
internal static partial class SpeechActs
{
    private static readonly VerbForms Acts = new("Analysis/Attributions/Data/speech-acts.txt");

    private static readonly HashSet<string> Attitudes = new(WordList.Load("Analysis/Attributions/Data/attitudes.txt"), StringComparer.OrdinalIgnoreCase);

    // The verbs of rulings, base first; what follows each must say what was decided (Shows)
    private static readonly VerbForms Rulings = VerbForms.Of(
        ["rule", "rules", "ruled"], ["order", "orders", "ordered"], ["hold", "holds", "held"], ["decide", "decides", "decided"], ["determine", "determines", "determined"]);

    /// <summary>Any form of a speech act or a ruling verb, in lower case.</summary>
    public static readonly Regex Pattern = new(Acts.Pattern + "|" + Rulings.Pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>The attribution as speech that reports when it is a belief told by a speech act of its subject, or by a ruling with what was decided after it.</summary>
    public static FoundAttribution Read(string text, FoundAttribution f) =>
        f.Kind == AttributionKind.Belief && !f.Reports && Shows(text, f) ? f with { Kind = AttributionKind.Speech, Reports = true } : f;

    /// <summary>True when the cue is a speech act of its subject, or a ruling followed by what was decided.</summary>
    public static bool Shows(string text, FoundAttribution f)
    {
        // "a star likened to the Star of David": a participle after its noun, likened by someone else
        if (Acts.VerbOf(text, f) is { } act) return act.StartsWith("express", StringComparison.Ordinal) ? ExpressesAttitude(After(text, f, Acts, act)) : !act.StartsWith("liken", StringComparison.Ordinal) || !ToNext().IsMatch(After(text, f, Acts, act));
        if (Rulings.VerbOf(text, f) is not { } verb) return false;
        var after = After(text, f, Rulings, verb);
        return verb[0] switch
        {
            'r' => ThatClause().IsMatch(after),
            'o' => ThatClause().IsMatch(after) || ToDo().IsMatch(after),
            _ => ThatRightAfter().IsMatch(after) && Decider().IsMatch(f.Source.Text),
        };
    }

    [GeneratedRegex(@"^\s+to\b")]
    private static partial Regex ToNext();

    // what follows the verb itself, to the sentence's end: the tagger's cue may hold more ("ruled on Friday that")
    private static string After(string text, FoundAttribution f, VerbForms forms, string verb) =>
        text[(f.Cue.Start + forms.Pattern.Match(f.Cue.Text).Index + verb.Length)..f.Sentence.End];

    private const string ClauseOpening = @"that\s+(?:(?:the|an?|he|she|it|they|we|I|you|there|this|these|those|his|her|their|its|our|some|many|most|no|all|any|each|every|such|only|federal|state)\b|\p{Lu}|\d)";

    // "expressed deep concern about", "expressed cautious optimism over": a feeling or stance among the words before the object's end
    private static bool ExpressesAttitude(string after) =>
        ObjectWords().Match(after) is { Success: true } words && words.Groups["word"].Captures.Any(w => Attitudes.Contains(w.Value));

    [GeneratedRegex(@"^(?:\s+(?!(?:on|in|over|about|at|for|with|that|to|of|from|toward|towards|after|during)\b)(?<word>[\p{L}'’-]+)){1,4}")]
    private static partial Regex ObjectWords();

    // "ruled on Tuesday that the ...", "ordered, in a two-page decision, that the ...": "that" opening a clause ("ruled that out", "held
    // that seat" take it as an object)
    [GeneratedRegex(@"^(?:[\s,]+(?:on|in|last|this|earlier|late|early|a|an|its|their|his|her|the|unanimously|decision|opinion|ruling|order|week|month|year|\p{Lu}\p{L}+|\d[\d-]*|[\w-]+-page|\p{Ll}+ly))*[\s,]+" + ClauseOpening)]
    private static partial Regex ThatClause();

    // "ordered the state to restore", "ordered officials to release the files"; "ordered troops to the border" and "ordered 300 of
    // them to Cameroon to assist" send them somewhere
    [GeneratedRegex(@"^\s+(?:(?!to\b)[^\s.;,“""]+\s+){1,6}?to\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)\p{Ll}+\b")]
    private static partial Regex ToDo();

    [GeneratedRegex(@"^\s+" + ClauseOpening)]
    private static partial Regex ThatRightAfter();

    // who decides by ruling: a court, a judge, a jury, a board, a tribunal or panel, a commission, a regulator
    [GeneratedRegex(@"\b(?i:courts?|judges?|justices?|jur(?:y|ies)|tribunals?|panels?|boards?|commissions?|regulators?|arbitrators?)\b")]
    private static partial Regex Decider();
}
