using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>The schema.org article described in a page's JSON-LD: headline, authors, publication date, publisher, and the
/// text of its body when the page states it (<c>articleBody</c>); <see cref="Persons"/> are the authors it types as a Person.</summary>
internal sealed partial record JsonLdArticle(string? Title, IReadOnlyList<string> Authors, string? DatePublished, string? SiteName, string? Body = null)
{
    public IReadOnlyList<string> Persons { get; init; } = [];

    /// <summary>What the JSON-LD says about each author (a Person's or Organization's <c>description</c>: the author box's text).</summary>
    public IReadOnlyList<string> AuthorDescriptions { get; init; } = [];

    /// <summary>The page's JSON-LD scripts (the type in any case, as browsers compare MIME types); the one test of what is
    /// JSON-LD, for reading it and for repairing its text (<see cref="MojibakeNodes"/>).</summary>
    public static readonly ISelector Scripts = Selectors.Parse("script[type='application/ld+json' i]");

    /// <summary>The first schema.org Article (or subtype) in the page's ld+json scripts, or null.</summary>
    public static JsonLdArticle? Find(IDocument document)
    {
        foreach (var script in document.All(Scripts))
        {
            try
            {
                using var json = JsonDocument.Parse(ControlCharacter().Replace(Cdata().Replace(script.Text(), ""), " "));
                if (FromRoot(json.RootElement, document) is { } article) return article;
            }
            catch (JsonException) { }
        }
        return null;
    }

    // The article may be the root, an item of a root array, or an item of an @graph (Yoast, Rank Math), whose items
    // inherit the root's @context.
    private static JsonLdArticle? FromRoot(JsonElement root, IDocument document)
    {
        if (root.ValueKind == JsonValueKind.Array)
            return root.EnumerateArray().Select(item => FromRoot(item, document)).FirstOrDefault(a => a is not null);
        if (root.ValueKind != JsonValueKind.Object || !HasSchemaOrgContext(root)) return null;
        if (IsArticle(root)) return Read(root, root, document);
        if (MainEntity(root) is { } entity) return Read(entity, root, document);
        if (!root.TryGetProperty("@graph", out var graph) || graph.ValueKind != JsonValueKind.Array) return null;
        var article = graph.EnumerateArray().FirstOrDefault(IsArticle);
        if (article.ValueKind == JsonValueKind.Object) return Read(article, graph, document);
        return graph.EnumerateArray().Select(MainEntity).FirstOrDefault(e => e is not null) is { } inGraph ? Read(inGraph, graph, document) : null;
    }

    // A page described as a WebPage whose main entity is the article ("@type": "WebPage", "mainEntity": {"@type": "NewsArticle", ...}):
    // the page's own dates and names are the site's template's, the article's are the story's.
    private static JsonElement? MainEntity(JsonElement page) =>
        page.ValueKind == JsonValueKind.Object && page.TryGetProperty("mainEntity", out var entity)
        && (entity.ValueKind == JsonValueKind.Array ? entity.EnumerateArray().FirstOrDefault(IsArticle) : entity) is var article && IsArticle(article)
            ? article : null;

    private static JsonLdArticle Read(JsonElement article, JsonElement graph, IDocument document)
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
        // A template may leave datePublished empty and fill dateCreated.
        var published = new[] { String(article, "datePublished", firstOfArray: true), String(article, "dateCreated", firstOfArray: true) }
            .FirstOrDefault(d => !string.IsNullOrWhiteSpace(d));
        return new JsonLdArticle(title, AuthorNames(article, graph), published?.Trim(), publisher, String(article, "articleBody"))
            { Persons = AuthorNames(article, graph, personsOnly: true), AuthorDescriptions = AuthorObjects(article, graph).Select(a => String(a, "description")).OfType<string>().ToList() };
    }

    // An author is a Person or Organization object, a name as a string, a reference to an @graph item ({"@id": ...}),
    // or an array of these; each is kept as a name only (no "By", no date, no address).
    private static IReadOnlyList<string> AuthorNames(JsonElement article, JsonElement graph, bool personsOnly = false) =>
        AuthorObjects(article, graph)
            .Where(a => !personsOnly || String(a, "@type") == "Person")
            .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : String(a, "name"))
            .OfType<string>().SelectMany(BylineText.NamesOfField).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static IEnumerable<JsonElement> AuthorObjects(JsonElement article, JsonElement graph)
    {
        if (!article.TryGetProperty("author", out var author)) return [];
        var authors = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
        return authors.Select(a => a.ValueKind == JsonValueKind.Object && String(a, "name") is null ? Referenced(a, graph) : a);
    }

    private static JsonElement Referenced(JsonElement reference, JsonElement graph) =>
        String(reference, "@id") is { } id && graph.ValueKind == JsonValueKind.Array
            ? graph.EnumerateArray().FirstOrDefault(item => item.ValueKind == JsonValueKind.Object && String(item, "@id") == id && item.TryGetProperty("name", out _))
            : default;

    // With firstOfArray, a value given as an array ("datePublished": ["2021-03-04T10:00:00Z"]) gives its first string.
    private static string? String(JsonElement element, string property, bool firstOfArray = false) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()
            : firstOfArray && value.ValueKind == JsonValueKind.Array && value.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.String } first ? first.GetString() : null
            : null;

    // "@type" is one type or several (["NewsArticle", "Article"]).
    private static bool IsArticle(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("@type", out var type)
        && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : Enumerable.Repeat(type, 1))
            .Any(t => t.ValueKind == JsonValueKind.String && ReadabilityPatterns.JsonLdArticleTypes().IsMatch(t.GetString()!));

    // "@context" is the vocabulary's address, an object with "@vocab", or an array holding either.
    private static bool HasSchemaOrgContext(JsonElement root) =>
        root.TryGetProperty("@context", out var context) && NamesSchemaOrg(context);

    private static bool NamesSchemaOrg(JsonElement context) => context.ValueKind switch
    {
        JsonValueKind.String => SchemaOrg().IsMatch(context.GetString()!),
        JsonValueKind.Object => String(context, "@vocab") is { } vocab && SchemaOrg().IsMatch(vocab),
        JsonValueKind.Array => context.EnumerateArray().Any(NamesSchemaOrg),
        _ => false,
    };

    // Templates paste an article's text into a JSON string with its line breaks unescaped, which JSON forbids; read as spaces
    // they change nothing in valid JSON (where a raw line break or tab can only be white space between tokens).
    [GeneratedRegex(@"[\u0000-\u001f]")]
    private static partial Regex ControlCharacter();

    [GeneratedRegex(@"^\s*<!\[CDATA\[|\]\]>\s*$")]
    private static partial Regex Cdata();

    [GeneratedRegex(@"^\s*https?://(?:www\.)?schema\.org/?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SchemaOrg();
}
