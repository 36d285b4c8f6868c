using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>The schema.org article described in a page's JSON-LD: headline, authors, publication date, publisher.</summary>
internal sealed partial record JsonLdArticle(string? Title, IReadOnlyList<string> Authors, string? DatePublished, string? SiteName)
{
    /// <summary>The page's JSON-LD scripts.</summary>
    public static readonly ISelector Scripts = Selectors.Parse("script[type='application/ld+json']");

    /// <summary>The first schema.org Article (or subtype) in the page's ld+json scripts, or null.</summary>
    public static JsonLdArticle? Find(IDocument document)
    {
        foreach (var script in document.All(Scripts))
        {
            try
            {
                using var json = JsonDocument.Parse(Cdata().Replace(script.Text(), ""));
                if (FromRoot(json.RootElement, document) is { } article) return article;
            }
            catch (JsonException) { }
        }
        return null;
    }

    private static JsonLdArticle? FromRoot(JsonElement root, IDocument document)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            var first = root.EnumerateArray().FirstOrDefault(IsArticle);
            if (first.ValueKind == JsonValueKind.Undefined) return null;
            root = first;
        }
        if (root.ValueKind != JsonValueKind.Object || !HasSchemaOrgContext(root)) return null;
        if (!root.TryGetProperty("@type", out _) && root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            root = graph.EnumerateArray().FirstOrDefault(IsArticle);
        return IsArticle(root) ? Read(root, document) : null;
    }

    private static JsonLdArticle Read(JsonElement article, IDocument document)
    {
        var name = String(article, "name");
        var headline = String(article, "headline");
        var publisher = article.TryGetProperty("publisher", out var p) ? String(p, "name")?.Trim() : null;
        string? title;
        // A name that is the publisher's names the site, not the article (a template filling both with the site name).
        if (name is not null && headline is not null && string.Equals(name.Trim(), publisher, StringComparison.OrdinalIgnoreCase))
            title = headline.Trim();
        else if (name is not null && headline is not null && name != headline)
        {
            var pageTitle = ArticleTitle.FromDocument(document);
            var headlineMatches = Dom.TextSimilarity(headline, pageTitle) > 0.75;
            title = headlineMatches && Dom.TextSimilarity(name, pageTitle) <= 0.75 ? headline : name;
        }
        else title = (name ?? headline)?.Trim();
        return new JsonLdArticle(title, AuthorNames(article), String(article, "datePublished")?.Trim(), publisher);
    }

    private static IReadOnlyList<string> AuthorNames(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author)) return [];
        if (String(author, "name") is { } single) return [single.Trim()];
        if (author.ValueKind != JsonValueKind.Array) return [];
        return author.EnumerateArray().Select(a => String(a, "name")?.Trim()).OfType<string>().Where(n => n.Length > 0).ToList();
    }

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    private static bool IsArticle(JsonElement element) =>
        String(element, "@type") is { } type && ReadabilityPatterns.JsonLdArticleTypes().IsMatch(type);

    private static bool HasSchemaOrgContext(JsonElement root)
    {
        if (!root.TryGetProperty("@context", out var context)) return false;
        var value = context.ValueKind == JsonValueKind.String ? context.GetString() : String(context, "@vocab");
        return value is not null && SchemaOrg().IsMatch(value);
    }

    [GeneratedRegex(@"^\s*<!\[CDATA\[|\]\]>\s*$")]
    private static partial Regex Cdata();

    [GeneratedRegex(@"^https?://schema\.org/?$")]
    private static partial Regex SchemaOrg();
}
