namespace DocReport.Analysis.Claims;

/// <summary>Finds named-entity-like runs of capitalised words ("UK Ministry of Defence", "Vladimir Putin") in a sentence.</summary>
internal static class EntityFinder
{
    public static IEnumerable<(int Start, int End)> Find(string sentence, IReadOnlyList<SentenceToken> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!StartsName(sentence, tokens[i])) { i++; continue; }
            var last = i;
            var next = i + 1;
            while (next < tokens.Count && Adjacent(sentence, tokens[next - 1], tokens[next]))
            {
                if (StartsName(sentence, tokens[next]) || IsAcronym(sentence, tokens[next])) last = next;
                else if (!CueLexicon.Shared.Is(CueCategory.NameConnector, tokens[next].Lower)) break;
                next++;
            }
            if (Keep(sentence, tokens, i, last)) yield return (tokens[i].Start, TrimPossessive(tokens[last]));
            i = last + 1;
        }
    }

    private static bool StartsName(string sentence, SentenceToken token) =>
        token.IsCapitalised(sentence) && !token.HasDigit && !CueLexicon.Shared.Is(CueCategory.EntityStopWord, token.Lower);

    private static bool IsAcronym(string sentence, SentenceToken token) =>
        token.End - token.Start >= 2 && sentence.AsSpan(token.Start, token.End - token.Start).ContainsAnyExceptInRange('A', 'Z') is false;

    // Names run over single spaces and hyphens only: a comma or a quotation mark ends them.
    private static bool Adjacent(string sentence, SentenceToken left, SentenceToken right) =>
        sentence.AsSpan(left.End, right.Start - left.End) is " " or "-";

    // A lone capitalised first word is usually just the start of the sentence; an acronym ("NATO") or a possessive ("Russia's") is a name anywhere.
    private static bool Keep(string sentence, IReadOnlyList<SentenceToken> tokens, int first, int last) =>
        first > 0 || last > first || IsAcronym(sentence, tokens[first]) || tokens[first].Lower.EndsWith("'s", StringComparison.Ordinal);

    private static int TrimPossessive(SentenceToken token) =>
        token.Lower.EndsWith("'s", StringComparison.Ordinal) ? token.End - 2 : token.End;
}
