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
    /// <summary>'f' or 'm' for a person whose title or given name tells it, '-' otherwise.</summary>
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
    /// An unnamed group of people ("unnamed experts", "unnamed Tunisians"): listed as people, kind Person, but kept apart from
    /// persons while mentions are resolved (no "he" or "she" is theirs, no surname either).
    /// </summary>
    public bool IsPeople { get; set; }

    /// <summary>The kind to list: a group of people is people.</summary>
    public SourceKind ListedKind => IsPeople && Kind == SourceKind.Other ? SourceKind.Person : Kind;

    /// <summary>Takes a longer form of the same body's name, and the kind that form tells.</summary>
    public void TakeLongerName(string longer, SourceKind kind)
    {
        if (longer.Length <= Name.Length) return;
        (Name, Kind) = (longer, kind);
    }
}
