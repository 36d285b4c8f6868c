namespace DocReport.Analysis.Sources;

/// <summary>How a source is written: a name, a pronoun, or a description ("the ministry", "a spokesperson for X").</summary>
internal enum PhraseForm { Named, Pronoun, Descriptor }

/// <summary>
/// A source phrase read from its text. <see cref="Name"/> is the cleaned name (titles, determiners and
/// possessives removed), the pronoun, or the description; <see cref="Owner"/> is the body a description
/// belongs to ("for the ministry", "SkyJet's", "a trust spokesperson").
/// </summary>
internal sealed record SourcePhrase(PhraseForm Form, string Name, Descriptor? Descriptor, SourcePhrase? Owner, bool HasTitle)
{
    /// <summary>True when a description points back ("the ministry", "its spokesperson") rather than introducing ("a study").</summary>
    public bool Definite { get; init; }

    /// <summary>The titles and role words written with a person's name ("president", "coach"), for "the president said" later.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>'f' or 'm' when a title or given name tells a named person's gender, '-' otherwise.</summary>
    public char Gender { get; init; } = '-';

    /// <summary>True for a person's name: a title before it, or a known given name first ("C. Eugene Steuerle": after the initials).</summary>
    public bool LooksLikePerson => Form == PhraseForm.Named
        && (HasTitle || Name.Split(' ').SkipWhile(IsInitial).FirstOrDefault() is { } given && IsGivenName(given));

    // "Edward-Isaac Dovere", "Jo-Ann": a hyphenated given name of listed given names
    private static bool IsGivenName(string word) => SourceLexicon.IsFirstName(word) || word.Contains('-') && word.Split('-').All(SourceLexicon.IsFirstName);

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>Reads a phrase such as "The UK Ministry of Defence" or "A spokesperson for the ministry"; null when it names no source.</summary>
    public static SourcePhrase? Parse(string text) => SourcePhraseParser.Parse(PhraseTokens.Of(text));
}
