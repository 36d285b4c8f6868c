namespace DocReport.Layout.Infrastructure;

internal enum SpacePlanKind { Empty, Wrap, PartialRender, FullRender }

/// <summary>What an element would do with the space it is offered: nothing, not fit, draw a part, or draw all.</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height)
{
    public static SpacePlan Empty() => new(SpacePlanKind.Empty, 0, 0);
    public static SpacePlan Wrap() => new(SpacePlanKind.Wrap, 0, 0);
    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.PartialRender, width, height);
    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.FullRender, width, height);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;
    public bool IsEmpty => Kind == SpacePlanKind.Empty;
    public bool IsPartial => Kind == SpacePlanKind.PartialRender;

    /// <summary>The same plan with a different size; Empty and Wrap stay as they are.</summary>
    public SpacePlan Resized(float width, float height) => Kind is SpacePlanKind.Empty or SpacePlanKind.Wrap ? this : this with { Width = width, Height = height };
}
