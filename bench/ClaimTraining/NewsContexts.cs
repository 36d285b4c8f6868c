using System.Globalization;
using DocReport.Analysis.Claims;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// The place of each labelled news sentence in its article (<see cref="SentenceContext"/>). Frozen (the default): read from
/// news-contexts.tsv, so the model's training features do not move when the reading or structure stages change how a page
/// is split. Live: the page is converted again by DocReport's pipeline, looked up by name in the folders given (a
/// Readability.js page is a folder holding source.html), and the sentence found by its id, or by its text where the
/// pipeline now splits the page otherwise. A sentence not found keeps no context.
/// </summary>
internal sealed class NewsContexts
{
    private readonly IReadOnlyList<string> folders;
    private readonly DocReportPipeline? pipeline;
    private readonly Dictionary<string, (Dictionary<string, (string Text, SentenceContext Context)> ById, Dictionary<string, SentenceContext> ByText, IReadOnlyList<string> Texts)> pages = [];
    private readonly Dictionary<string, SentenceContext>? frozen;

    private NewsContexts(IReadOnlyList<string> folders, Dictionary<string, SentenceContext>? frozen)
    {
        this.folders = folders;
        this.frozen = frozen;
        pipeline = frozen is null ? new PipelineBuilder().Build() : null;
    }

    public int Found { get; private set; }

    public int Missing { get; private set; }

    /// <summary>Contexts read from the pages in <paramref name="folders"/> by today's pipeline.</summary>
    public static NewsContexts Live(IReadOnlyList<string> folders) => new(folders, null);

    /// <summary>Contexts read from a file <see cref="Write"/> made.</summary>
    public static NewsContexts Frozen(string path)
    {
        var contexts = new Dictionary<string, SentenceContext>(StringComparer.Ordinal);
        foreach (var fields in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')))
        {
            contexts[string.Join('\t', fields[..3])] = new SentenceContext(Enum.Parse<BlockKind>(fields[3]), int.Parse(fields[4], CultureInfo.InvariantCulture),
                int.Parse(fields[5], CultureInfo.InvariantCulture), int.Parse(fields[6], CultureInfo.InvariantCulture),
                double.Parse(fields[7], CultureInfo.InvariantCulture), fields[8] == "quote-only");
        }
        return new([], contexts);
    }

    /// <summary>Writes the contexts of <paramref name="sentences"/> (one line each, found ones only) for <see cref="Frozen"/>.</summary>
    public static void Write(string path, IEnumerable<NewsSentence> sentences, string header)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("# " + header);
        writer.WriteLine("# page\tsentence id\ttext hash\tblock kind\tindex in block\tsentences in block\tblock length\tposition in article\tquote-only");
        foreach (var (key, c) in sentences.Where(s => s.Sentence.Context is not null).Select(s => (FrozenKey(s.Page, s.Sentence.Id[(s.Page.Length + 1)..], s.Sentence.Text), s.Sentence.Context!)).Distinct())
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}\t{c.Kind}\t{c.Index}\t{c.SentenceCount}\t{c.BlockLength}\t{c.Position:R}\t{(c.QuoteOnly ? "quote-only" : "-")}"));
    }

    public SentenceContext? Of(string page, string sentenceId, string text)
    {
        var context = frozen is not null ? frozen.GetValueOrDefault(FrozenKey(page, sentenceId, text)) : Converted(page, sentenceId, text);
        if (context is null) Missing++; else Found++;
        return context;
    }

    /// <summary>Every sentence of the page as today's pipeline splits it, in order (empty when the page is not found); live contexts only.</summary>
    public IReadOnlyList<string> Sentences(string page) => Converted(page).Texts;

    private SentenceContext? Converted(string page, string sentenceId, string text)
    {
        var found = Converted(page);
        return found.ById.TryGetValue(sentenceId, out var byId) && Key(byId.Text) == Key(text) ? byId.Context : found.ByText.GetValueOrDefault(Key(text));
    }

    private (Dictionary<string, (string Text, SentenceContext Context)> ById, Dictionary<string, SentenceContext> ByText, IReadOnlyList<string> Texts) Converted(string page)
    {
        if (!pages.TryGetValue(page, out var found)) pages[page] = found = Read(page);
        return found;
    }

    private (Dictionary<string, (string, SentenceContext)>, Dictionary<string, SentenceContext>, IReadOnlyList<string>) Read(string page)
    {
        var byId = new Dictionary<string, (string, SentenceContext)>(StringComparer.Ordinal);
        var byText = new Dictionary<string, SentenceContext>(StringComparer.Ordinal);
        if (Locate(page) is not { } path || pipeline!.Convert(path).Dataset is not { } dataset) return (byId, byText, []);
        var sentences = dataset.Paragraphs.SelectMany(p => p.Sentences).ToList();
        foreach (var (sentence, context) in sentences.Zip(SentenceContext.Of(dataset.Paragraphs)))
        {
            byId[sentence.Id] = (sentence.Text, context);
            byText.TryAdd(Key(sentence.Text), context);
        }
        return (byId, byText, [.. sentences.Select(s => s.Text)]);
    }

    private string? Locate(string page) => Locate(folders, page);

    /// <summary>The file of a news page in the first of <paramref name="folders"/> that holds it (a Readability.js page is a folder holding source.html), or null.</summary>
    public static string? Locate(IReadOnlyList<string> folders, string page) =>
        folders.Select(f => Path.Combine(f, page, "source.html")).Concat(folders.Select(f => Path.Combine(f, page))).FirstOrDefault(File.Exists);

    // A page and a sentence id name two texts where the page was split otherwise between two rounds of labelling.
    private static string FrozenKey(string page, string sentenceId, string text) => $"{page}\t{sentenceId}\t{StableHash.Of(Key(text)):x8}";

    /// <summary>The text with its runs of white space made one space, to find a sentence where the page was split otherwise.</summary>
    public static string Key(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
}
