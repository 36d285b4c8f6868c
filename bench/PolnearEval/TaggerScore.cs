using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>Span F1 of the tagger's own spans (before they are assembled into attributions), per role.</summary>
internal sealed class TaggerScore
{
    public SpanScore Source { get; } = new();
    public SpanScore Cue { get; } = new();
    public SpanScore Content { get; } = new();

    public void Add(AttributionTagger tagger, PolnearDocument document)
    {
        var article = PlainTextArticle.Build(document.Name, document.Text);
        Add(document, tagger.Tag(article, QuotationFinder.Find(article)));
    }

    public void Add(PolnearDocument document, IReadOnlyList<TaggedSpan> spans)
    {
        foreach (var (score, role, gold) in new[] { (Source, SpanRole.Source, Role.Source), (Cue, SpanRole.Cue, Role.Cue), (Content, SpanRole.Content, Role.Content) })
            score.Add(document.Text,
                document.Attributions.SelectMany(a => a.Contents.Append(a.Source).Append(a.Cue)).OfType<GoldSpan>().Where(s => s.Role == gold).Select(s => s.Ranges),
                spans.Where(s => s.Role == role).Select(s => (IReadOnlyList<(int, int)>)[(s.Start, s.End)]));
    }

    public void Write(TextWriter output, string label)
    {
        foreach (var (name, s) in new[] { ("source", Source), ("cue", Cue), ("content", Content) })
            output.WriteLine($"{label,-24} {name,-8} {s.Gold,6} {s.Predicted,6} exact P {s.Precision(s.Exact):0.000} R {s.Recall(s.Exact):0.000} F1 {s.ExactF1:0.000}  overlap P {s.Precision(s.Overlap):0.000} R {s.Recall(s.Overlap):0.000} F1 {s.OverlapF1:0.000}");
    }
}
