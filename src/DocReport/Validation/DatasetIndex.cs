using DocReport.Analysis.Claims;
using DocReport.Model;
using FluentValidation;

namespace DocReport.Validation;

/// <summary>Lookups over one dataset that the per-type validators share: its text, identifiers and owners.</summary>
internal sealed class DatasetIndex
{
    private const string ContextKey = nameof(DatasetIndex);

    private readonly HashSet<string> paragraphIds;
    private readonly HashSet<string> sentenceIds;
    private readonly HashSet<string> claimIds;
    private readonly HashSet<string> sourceIds;
    private readonly HashSet<object> repeated = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Sentence, Paragraph> paragraphOf = new(ReferenceEqualityComparer.Instance);

    public DatasetIndex(ArticleDataset dataset)
    {
        Text = dataset.Text;
        TitleIsFirstLine = StrayHeadline.IsTitle(new Article(dataset.Document, dataset.Text, dataset.Paragraphs));
        var sentences = dataset.Paragraphs.SelectMany(p => p.Sentences).ToList();
        paragraphIds = IdsMarkingRepeats(dataset.Paragraphs, p => p.Id);
        sentenceIds = IdsMarkingRepeats(sentences, s => s.Id);
        claimIds = IdsMarkingRepeats(dataset.Claims, c => c.Id);
        sourceIds = IdsMarkingRepeats(dataset.Sources, s => s.Id);
        IdsMarkingRepeats(dataset.Attributions, a => a.Id);
        foreach (var paragraph in dataset.Paragraphs)
            foreach (var sentence in paragraph.Sentences)
                paragraphOf.TryAdd(sentence, paragraph);
    }

    /// <summary>Indexes the dataset being validated and keeps the index in the context its child validators share.</summary>
    public static void Attach(ValidationContext<ArticleDataset> context) =>
        context.RootContextData[ContextKey] = new DatasetIndex(context.InstanceToValidate);

    /// <summary>The index of the dataset a validation (or any of its child validations) is checking.</summary>
    public static DatasetIndex Of(IValidationContext context) => (DatasetIndex)context.RootContextData[ContextKey];

    /// <summary>The text every offset refers to.</summary>
    public string Text { get; }

    /// <summary>Whether the title is the headline on the input's first line, kept in the body as its first paragraph.</summary>
    public bool TitleIsFirstLine { get; }

    public bool HasParagraph(string id) => paragraphIds.Contains(id);
    public bool HasSentence(string id) => sentenceIds.Contains(id);
    public bool HasClaim(string id) => claimIds.Contains(id);
    public bool HasSource(string id) => sourceIds.Contains(id);

    /// <summary>Whether this record's identifier was already used by an earlier record of its kind.</summary>
    public bool IsRepeated(object record) => repeated.Contains(record);

    /// <summary>Whether <c>[start,end)</c> is a range inside the text.</summary>
    public bool InRange(int start, int end) => start >= 0 && start <= end && end <= Text.Length;

    /// <summary>Whether the text at <c>[start,end)</c> is <paramref name="text"/>; ranges outside the text are another rule's finding.</summary>
    public bool Slices(string text, int start, int end) =>
        !InRange(start, end) || Text.AsSpan(start, end - start).SequenceEqual(text);

    /// <summary>Whether the sentence lies inside the paragraph holding it.</summary>
    public bool InsideItsParagraph(Sentence sentence) =>
        !paragraphOf.TryGetValue(sentence, out var paragraph)
        || (paragraph.Start <= sentence.Start && sentence.End <= paragraph.End);

    private HashSet<string> IdsMarkingRepeats<T>(IEnumerable<T> records, Func<T, string> id) where T : notnull
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
            if (!seen.Add(id(record))) repeated.Add(record);
        return seen;
    }
}
