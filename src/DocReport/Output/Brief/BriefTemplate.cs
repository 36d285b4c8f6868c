using System.Text.Json.Serialization;

namespace DocReport.Output.Brief;

/// <summary>How a brief looks and which sections it has, in what order; loaded from templates/*.json.</summary>
public sealed record BriefTemplate
{
    /// <summary>The JSON schema the file declares; not used.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>The template's name, shown in messages.</summary>
    public string Name { get; init; } = "custom";
    /// <summary>A4 or Letter.</summary>
    public string PageSize { get; init; } = "A4";
    /// <summary>Page margins.</summary>
    public BriefMargins Margins { get; init; } = new();
    /// <summary>Font family and sizes.</summary>
    public BriefFont Font { get; init; } = new();
    /// <summary>Colours of text, accents and tables.</summary>
    public BriefColors Colors { get; init; } = new();
    /// <summary>Write PDF/A-2b.</summary>
    public bool PdfA { get; init; }
    /// <summary>The sections of the brief, in order.</summary>
    public IReadOnlyList<BriefSection> Sections { get; init; } = [];
}

/// <summary>Page margins in points.</summary>
public sealed record BriefMargins
{
    /// <summary>Left margin.</summary>
    public float Left { get; init; } = 56;
    /// <summary>Top margin.</summary>
    public float Top { get; init; } = 50;
    /// <summary>Right margin.</summary>
    public float Right { get; init; } = 56;
    /// <summary>Bottom margin.</summary>
    public float Bottom { get; init; } = 46;
}

/// <summary>Font family and sizes in points.</summary>
public sealed record BriefFont
{
    /// <summary>The font family; characters it lacks fall back to an installed font that has them.</summary>
    public string Family { get; init; } = "DejaVu Sans";
    /// <summary>Size of body text.</summary>
    public float BodySize { get; init; } = 9.5f;
    /// <summary>Size of the title.</summary>
    public float TitleSize { get; init; } = 19;
    /// <summary>Size of section headings.</summary>
    public float HeadingSize { get; init; } = 12.5f;
    /// <summary>Size of notes, footers and table text.</summary>
    public float SmallSize { get; init; } = 8;
}

/// <summary>Colours as #RRGGBB.</summary>
public sealed record BriefColors
{
    /// <summary>Body text.</summary>
    public string Text { get; init; } = "#1F2328";
    /// <summary>Title, headings and links.</summary>
    public string Accent { get; init; } = "#1F4E79";
    /// <summary>Secondary text.</summary>
    public string Muted { get; init; } = "#5F6B76";
    /// <summary>Rules and table borders.</summary>
    public string Rule { get; init; } = "#C9D1D9";
    /// <summary>Background of table header rows.</summary>
    public string TableHeader { get; init; } = "#E8EEF4";
    /// <summary>Marks on claim sentences.</summary>
    public string Claim { get; init; } = "#8A3B12";
}

/// <summary>One section of the brief: its type (heading, keyFindings, chart, keyClaims, sources, outline, validation) and options.</summary>
public sealed record BriefSection
{
    /// <summary>The section: heading, findings, chart, claims, sources, outline or validation.</summary>
    public string Type { get; init; } = "";
    /// <summary>The section's heading; null for the section's own.</summary>
    public string? Title { get; init; }
    /// <summary>At most this many claims, the highest-scoring: 5 in key findings and 10 in key claims when not set.</summary>
    public int? MaxItems { get; init; }
    /// <summary>For charts: claimsPerParagraph or sourcesByKind.</summary>
    public string? Chart { get; init; }
}
