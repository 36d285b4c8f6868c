using DocReport.Layout.Elements;
using DocReport.Layout.Infrastructure;
using SkiaSharp;

namespace DocReport.Layout;

/// <summary>Single-child behaviours: spacing, decoration, alignment, size limits, paging and links.</summary>
public static class ContainerExtensions
{
    internal static T Attach<T>(this IContainer container, T element) where T : Element
    {
        var slot = (Container)container;
        if (slot.Child is not EmptyElement)
            throw new InvalidOperationException($"This container already holds {slot.Child.Describe()}; a container takes one child, use Column or Row for more.");
        slot.Child = element;
        return element;
    }

    private static IContainer Wrap(this IContainer container, Container element) => container.Attach(element);

    /// <summary>Space of <paramref name="all"/> points on every side of the child.</summary>
    public static IContainer Padding(this IContainer c, float all) => c.Padding(all, all, all, all);
    /// <summary>Space of <paramref name="value"/> points left and right of the child.</summary>
    public static IContainer PaddingHorizontal(this IContainer c, float value) => c.Padding(value, 0, value, 0);
    /// <summary>Space of <paramref name="value"/> points above and below the child.</summary>
    public static IContainer PaddingVertical(this IContainer c, float value) => c.Padding(0, value, 0, value);
    /// <summary>Space of <paramref name="value"/> points above the child.</summary>
    public static IContainer PaddingTop(this IContainer c, float value) => c.Padding(0, value, 0, 0);
    /// <summary>Space of <paramref name="value"/> points below the child.</summary>
    public static IContainer PaddingBottom(this IContainer c, float value) => c.Padding(0, 0, 0, value);
    /// <summary>Space of <paramref name="value"/> points left of the child.</summary>
    public static IContainer PaddingLeft(this IContainer c, float value) => c.Padding(value, 0, 0, 0);

    /// <summary>Space around the child, in points, side by side.</summary>
    public static IContainer Padding(this IContainer c, float left, float top, float right, float bottom) =>
        c.Wrap(new Padding { Left = left, Top = top, Right = right, Bottom = bottom });

    /// <summary>Fills the child's area with a colour (<c>#RRGGBB</c>).</summary>
    public static IContainer Background(this IContainer c, string color) => c.Wrap(new Background(SKColor.Parse(color)));

    /// <summary>A border of <paramref name="thickness"/> points in <paramref name="color"/> (<c>#RRGGBB</c>) on every side.</summary>
    public static IContainer Border(this IContainer c, float thickness, string color) => c.Border(thickness, thickness, thickness, thickness, color);
    /// <summary>A border under the child.</summary>
    public static IContainer BorderBottom(this IContainer c, float thickness, string color) => c.Border(0, 0, 0, thickness, color);
    /// <summary>A border above the child.</summary>
    public static IContainer BorderTop(this IContainer c, float thickness, string color) => c.Border(0, thickness, 0, 0, color);
    /// <summary>A border left of the child.</summary>
    public static IContainer BorderLeft(this IContainer c, float thickness, string color) => c.Border(thickness, 0, 0, 0, color);

    /// <summary>A border of its own thickness on each side, in points, in <paramref name="color"/> (<c>#RRGGBB</c>).</summary>
    public static IContainer Border(this IContainer c, float left, float top, float right, float bottom, string color) =>
        c.Wrap(new Border(SKColor.Parse(color)) { Left = left, Top = top, Right = right, Bottom = bottom });

    /// <summary>Places the child at the left of the offered width.</summary>
    public static IContainer AlignLeft(this IContainer c) => c.Wrap(new Alignment { Horizontal = 0 });
    /// <summary>Centres the child in the offered width.</summary>
    public static IContainer AlignCenter(this IContainer c) => c.Wrap(new Alignment { Horizontal = 0.5f });
    /// <summary>Places the child at the right of the offered width.</summary>
    public static IContainer AlignRight(this IContainer c) => c.Wrap(new Alignment { Horizontal = 1 });
    /// <summary>Centres the child in the offered height.</summary>
    public static IContainer AlignMiddle(this IContainer c) => c.Wrap(new Alignment { Vertical = 0.5f });
    /// <summary>Places the child at the bottom of the offered height.</summary>
    public static IContainer AlignBottom(this IContainer c) => c.Wrap(new Alignment { Vertical = 1 });

    /// <summary>Gives the child exactly <paramref name="value"/> points of width.</summary>
    public static IContainer Width(this IContainer c, float value) => c.Wrap(new Constrained { MinWidth = value, MaxWidth = value });
    /// <summary>Gives the child at least <paramref name="value"/> points of width.</summary>
    public static IContainer MinWidth(this IContainer c, float value) => c.Wrap(new Constrained { MinWidth = value });
    /// <summary>Gives the child at most <paramref name="value"/> points of width.</summary>
    public static IContainer MaxWidth(this IContainer c, float value) => c.Wrap(new Constrained { MaxWidth = value });
    /// <summary>Gives the child exactly <paramref name="value"/> points of height.</summary>
    public static IContainer Height(this IContainer c, float value) => c.Wrap(new Constrained { MinHeight = value, MaxHeight = value });
    /// <summary>Gives the child at least <paramref name="value"/> points of height.</summary>
    public static IContainer MinHeight(this IContainer c, float value) => c.Wrap(new Constrained { MinHeight = value });
    /// <summary>Gives the child at most <paramref name="value"/> points of height.</summary>
    public static IContainer MaxHeight(this IContainer c, float value) => c.Wrap(new Constrained { MaxHeight = value });

    /// <summary>Moves the child to the next page rather than splitting it; a child taller than an empty page splits.</summary>
    public static IContainer ShowEntire(this IContainer c) => c.Wrap(new ShowEntire());

    /// <summary>
    /// Moves the child to the next page unless at least <paramref name="minHeight"/> points of its first part fit here;
    /// on an empty page it draws what fits.
    /// </summary>
    public static IContainer EnsureSpace(this IContainer c, float minHeight) => c.Wrap(new EnsureSpace(minHeight));

    /// <summary>Links the child's area to a URL; only http, https and mailto URLs become links.</summary>
    public static IContainer Hyperlink(this IContainer c, string url) =>
        LinkTargets.IsClickable(url) ? c.Wrap(new Hyperlink(url, isSection: false)) : c;

    /// <summary>Links the child's area to the place marked with <see cref="Section"/> of the same name.</summary>
    public static IContainer SectionLink(this IContainer c, string name) => c.Wrap(new Hyperlink(name, isSection: true));

    /// <summary>Marks the top of the child as a named destination.</summary>
    public static IContainer Section(this IContainer c, string name) => c.Wrap(new Section(name));

    /// <summary>The style texts inside the child start from.</summary>
    public static IContainer DefaultTextStyle(this IContainer c, TextStyle style) => c.Wrap(new TextStyleScope(style));

    /// <summary>Ends the page here.</summary>
    public static void PageBreak(this IContainer c) => c.Attach(new PageBreak());
}
