using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>CSS selectors parsed once: AngleSharp parses a selector string again on every query, behind a lock.</summary>
internal static class Selectors
{
    private static readonly CssSelectorParser Parser = new();

    /// <summary>The parsed form of <paramref name="selector"/>.</summary>
    public static ISelector Parse(string selector) =>
        Parser.ParseSelector(selector) ?? throw new ArgumentException($"'{selector}' is not a CSS selector.", nameof(selector));

    /// <summary>The elements of <paramref name="document"/> that <paramref name="selector"/> matches, in document order.</summary>
    public static IHtmlCollection<IElement> All(this IDocument document, ISelector selector) => document.ChildNodes.QuerySelectorAll(selector);

    /// <summary>The first element of <paramref name="document"/> that <paramref name="selector"/> matches, or null.</summary>
    public static IElement? First(this IDocument document, ISelector selector) => document.ChildNodes.QuerySelector(selector);
}
