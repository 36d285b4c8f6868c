namespace DocReport.Layout;

/// <summary>A width and height in PDF points (1/72 inch).</summary>
public readonly record struct Size(float Width, float Height)
{
    /// <summary>No space at all.</summary>
    public static Size Zero => new(0, 0);

    /// <inheritdoc />
    public override string ToString() => $"{Width:0.#}×{Height:0.#} pt";
}

/// <summary>Common page sizes in points.</summary>
public static class PageSizes
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    public static Size A4 => new(595.28f, 841.89f);

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    public static Size Letter => new(612, 792);
}
