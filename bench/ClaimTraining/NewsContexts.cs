using DocReport.Analysis.Claims;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// The place of each labelled news sentence in its article (<see cref="SentenceContext"/>): the page is converted again by
/// DocReport's pipeline, looked up by name in the folders given (a Readability.js page is a folder holding source.html),
/// and the sentence found by its id, or by its text where the pipeline now splits the page otherwise. A sentence not
/// found keeps no context.
/// </summary>
internal sealed class NewsContexts(IReadOnlyList<string> folders)
{
    private readonly DocReportPipeline pipeline = new PipelineBuilder().Build();
    private readonly Dictionary<string, (Dictionary<string, (string Text, SentenceContext Context)> ById, Dictionary<string, SentenceContext> ByText)> pages = [];

    public int Found { get; private set; }

    public int Missing { get; private set; }

    public SentenceContext? Of(string page, string sentenceId, string text)
    {
        if (!pages.TryGetValue(page, out var found)) pages[page] = found = Read(page);
        var context = found.ById.TryGetValue(sentenceId, out var byId) && Key(byId.Text) == Key(text) ? byId.Context : found.ByText.GetValueOrDefault(Key(text));
        if (context is null) Missing++; else Found++;
        return context;
    }

    private (Dictionary<string, (string, SentenceContext)>, Dictionary<string, SentenceContext>) Read(string page)
    {
        var byId = new Dictionary<string, (string, SentenceContext)>(StringComparer.Ordinal);
        var byText = new Dictionary<string, SentenceContext>(StringComparer.Ordinal);
        if (Locate(page) is not { } path || pipeline.Convert(path).Dataset is not { } dataset) return (byId, byText);
        var sentences = dataset.Paragraphs.SelectMany(p => p.Sentences).ToList();
        foreach (var (sentence, context) in sentences.Zip(SentenceContext.Of(dataset.Paragraphs)))
        {
            byId[sentence.Id] = (sentence.Text, context);
            byText.TryAdd(Key(sentence.Text), context);
        }
        return (byId, byText);
    }

    private string? Locate(string page) =>
        folders.Select(f => Path.Combine(f, page, "source.html")).Concat(folders.Select(f => Path.Combine(f, page))).FirstOrDefault(File.Exists);

    private static string Key(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
}
