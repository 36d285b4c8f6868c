using DocReport.Analysis.Sources;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>The word list a token belongs to, as a feature of the tagger: cue, title, given name, pronoun, source noun, body or outlet.</summary>
internal static class WordClass
{
    public const string None = "-";

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "we", "i", "you", "it" };
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "his", "her", "their", "our", "my", "its", "your" };

    private static readonly Dictionary<string, FeaturePart> Parts =
        new[] { None, "cue", "pron", "poss", "title", "given", "gov", "outlet" }.Concat(Enum.GetNames<Model.SourceKind>().Select(k => "noun-" + k))
            .ToDictionary(c => c, FeaturePart.Of);

    /// <summary>The class as a feature value, hashed once.</summary>
    public static FeaturePart PartOf(string wordClass) => Parts[wordClass];

    private static readonly string[] NounOf = Enum.GetNames<Model.SourceKind>().Select(k => "noun-" + k).ToArray();

    public static string Of(Token token)
    {
        if (ReportingCues.KnownWords.Contains(token.Lower)) return "cue";
        if (Pronouns.Contains(token.Lower)) return "pron";
        if (Possessives.Contains(token.Lower)) return "poss";
        if (token.Text.Length > 1 && char.IsUpper(token.Text[0]))
        {
            if (SourceLexicon.IsTitle(token.Text)) return "title";
            if (SourceLexicon.IsFirstName(token.Text)) return "given";
            if (SourceLexicon.GovernmentBodies.Contains(token.Text)) return "gov";
            if (SourceLexicon.Media.Contains(token.Text) || SourceLexicon.Platforms.Contains(token.Text)) return "outlet";
        }
        if (SourceLexicon.IsTitle(token.Lower)) return "title";
        return SourceLexicon.DescriptorOf(token.Lower) is { } d ? NounOf[(int)d.Kind] : None;
    }
}
