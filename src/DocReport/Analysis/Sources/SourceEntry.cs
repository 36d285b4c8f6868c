using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>A source being built while mentions are resolved; becomes a <see cref="Source"/> at the end.</summary>
internal sealed class SourceEntry(int index, string name, SourceKind kind, string? url, char gender = '-')
{
    public int Index { get; } = index;
    public string Name { get; } = name;
    public SourceKind Kind { get; } = kind;
    public string? Url { get; } = url;
    /// <summary>'f' or 'm' for a person whose title or given name tells it, '-' otherwise.</summary>
    public char Gender { get; } = gender;
    public int Mentions { get; set; }
    public string Id => $"S{Index + 1}";
}
