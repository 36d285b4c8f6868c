using System.Text.Json.Serialization;

namespace DocReport.Output.Brief;

/// <summary>How a brief looks and which sections it has, in what order; loaded from templates/*.json.</summary>
public sealed record BriefTemplate
{
    /// <summary>The JSON schema the file declares; not used.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public string Name { get; init; } = "custom";
    /// <summary>A4 or Letter.</summary>
    public string PageSize { get; init; } = "A4";
    public BriefMargins Margins { get; init; } = new();
    public BriefFont Font { get; init; } = new();
    public BriefColors Colors { get; init; } = new();
    /// <summary>Write PDF/A-2b.</summary>
    public bool PdfA { get; init; }
    public IReadOnlyList<BriefSection> Sections { get; init; } = [];
}

/// <summary>Page margins in points.</summary>
public sealed record BriefMargins
{
    public float Left { get; init; } = 56;
    public float Top { get; init; } = 50;
    public float Right { get; init; } = 56;
    public float Bottom { get; init; } = 46;
}

/// <summary>Font family and sizes in points.</summary>
public sealed record BriefFont
{
    public string Family { get; init; } = "DejaVu Sans";
    public float BodySize { get; init; } = 9.5f;
    public float TitleSize { get; init; } = 19;
    public float HeadingSize { get; init; } = 12.5f;
    public float SmallSize { get; init; } = 8;
}

/// <summary>Colours as #RRGGBB.</summary>
public sealed record BriefColors
{
    public string Text { get; init; } = "#1F2328";
    public string Accent { get; init; } = "#1F4E79";
    public string Muted { get; init; } = "#5F6B76";
    public string Rule { get; init; } = "#C9D1D9";
    public string TableHeader { get; init; } = "#E8EEF4";
    public string Claim { get; init; } = "#8A3B12";
}

/// <summary>One section of the brief: its type (heading, keyFindings, chart, keyClaims, sources, outline, validation) and options.</summary>
public sealed record BriefSection
{
    public string Type { get; init; } = "";
    public string? Title { get; init; }
    /// <summary>At most this many claims, the highest-scoring: 5 in key findings and 10 in key claims when not set.</summary>
    public int? MaxItems { get; init; }
    /// <summary>For charts: claimsPerParagraph or sourcesByKind.</summary>
    public string? Chart { get; init; }
}
