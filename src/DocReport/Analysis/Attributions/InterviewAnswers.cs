using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// The answers of an interview printed as questions and answers with no speaker label: each question stands alone (a heading
/// or a paragraph of its own ending in "?"), the answer paragraphs follow it unlabelled, and the one person interviewed is named
/// in the title or the lead ("We spoke with Ana Ruiz, ..."). Every answer paragraph is that person's speech. The layout is read
/// only where it is plain: a run of at least <see cref="MinPairs"/> questions each followed by an answer, most questions
/// put to "you" and most answers told in the first person (a FAQ, or an explainer asking itself questions, is neither), and
/// exactly one person named in the title and the lead together (the writers left out); else nothing is credited. The source
/// is the person's first mention in the text (in the lead, else anywhere); no word cues an answer, so the cue is the empty
/// span after the name.
/// </summary>
internal static partial class InterviewAnswers
{
    private const int MinPairs = 3;

    // a question longer than this is a passage that happens to end in one
    private const int MaxQuestionWords = 60;

    [GeneratedRegex(@"\?[\s""”’)]*$")]
    private static partial Regex EndsInQuestion();

    [GeneratedRegex(@"\b(?i:you|your|yours|yourself)\b")]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"\b(?:I|I['’](?:m|ve|d|ll)|(?i:me|my|mine|myself|we|we['’](?:re|ve|d|ll)|us|our|ours))\b")]
    private static partial Regex FirstPerson();

    private sealed record Pair(string Question, List<Paragraph> Answer);

    /// <summary>One attribution for the whole interview: its source resolved in the sentence naming the interviewee, its row on
    /// the first answer, its content every answer.</summary>
    public static IEnumerable<FoundAttribution> Find(Article article)
    {
        var (lead, pairs) = Layout(article.Paragraphs);
        if (pairs.Count < MinPairs || pairs.Count(p => SecondPerson().IsMatch(p.Question)) * 2 < pairs.Count
            || pairs.Count(p => p.Answer.Any(a => FirstPerson().IsMatch(a.Text))) * 2 < pairs.Count
            || Interviewee(article, lead) is not { } named || SourcePhrase.Parse(named.Of(article.Text)) is not { } phrase
            || article.Paragraphs.SelectMany(p => p.Sentences).FirstOrDefault(s => s.Start <= named.Start && named.End <= s.End) is not { } naming) yield break;
        var text = article.Text;
        // "Want to know more about Ana Ruiz?": a paragraph naming the interviewee is the writer's, and so is what follows it
        var answers = pairs.Select(p => p.Answer.TakeWhile(a => !Names(a.Text, named.Of(text))).ToList()).Where(a => a.Count > 0 && a[0].Sentences.Count > 0)
            .Select(a => new TextRange(a[0].Start, a[^1].End)).ToList();
        if (answers.Count == 0) yield break;
        yield return new FoundAttribution(naming, AttributionRules.SpanOf(text, named), new Span("", named.End, named.End), AttributionRules.SpanOf(text, answers[0]), phrase)
        {
            ContentParts = answers.Skip(1).ToList(),
            Kind = AttributionKind.Speech,
            SpokenIn = article.Paragraphs.First(p => p.Start == answers[0].Start).Sentences[0],
        };
    }

    // The paragraphs before the first question (the lead), and the longest run of questions with their answers: a heading that
    // asks nothing ends a run.
    private static (List<Paragraph> Lead, List<Pair> Pairs) Layout(IReadOnlyList<Paragraph> paragraphs)
    {
        List<Pair> best = [], run = [];
        List<Paragraph>? lead = null;
        string? section = null;
        foreach (var p in paragraphs)
        {
            // a pull quote set as a heading ("“Leadership is ...”") goes on with the answer it is taken from
            if (p.Section != section && p.Section is { } heading && !IsPullQuote(heading))
            {
                if (IsQuestion(heading)) { lead ??= paragraphs.TakeWhile(q => q != p).ToList(); run.Add(new Pair(heading, [])); }
                else Close(ref run, ref best);
            }
            section = p.Section;
            if (p.Kind is BlockKind.Paragraph or BlockKind.Quote && IsQuestion(p.Text))
            {
                lead ??= paragraphs.TakeWhile(q => q != p).ToList();
                run.Add(new Pair(p.Text, []));
            }
            else if (run.Count > 0) run[^1].Answer.Add(p);
        }
        Close(ref run, ref best);
        return (lead ?? [], best.Where(p => p.Answer.Count > 0).ToList());
    }

    private static void Close(ref List<Pair> run, ref List<Pair> best)
    {
        if (run.Count(p => p.Answer.Count > 0) > best.Count(p => p.Answer.Count > 0)) best = run;
        run = [];
    }

    private static bool IsPullQuote(string heading) => heading.Length > 0 && heading[0] is '"' or '“' or '‘' or '«';

    private static bool IsQuestion(string text) =>
        EndsInQuestion().IsMatch(text) && text.Split([' ', '\u00A0', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length <= MaxQuestionWords;

    // The one person the title and the lead name, leaving out the writers; their first mention in the text.
    private static TextRange? Interviewee(Article article, List<Paragraph> lead)
    {
        var title = article.Document.Title;
        var inTitle = new PersonNameScanner(title).Between(0, title.Length).Select(n => n.Surname);
        var leadEnd = lead.Count == 0 ? 0 : lead[^1].End;
        var inLead = new PersonNameScanner(article.Text).Between(0, leadEnd).ToList();
        var writers = article.Document.Authors.SelectMany(a => a.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var people = inTitle.Concat(inLead.Select(n => n.Surname)).Where(s => !writers.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        if (people is not [var surname]) return null;
        if (inLead.FirstOrDefault(n => n.Surname == surname) is { End: > 0 } named) return new TextRange(named.Start, named.End);
        // named in the title only: their first mention anywhere
        return new PersonNameScanner(article.Text).Between(0, article.Text.Length).Where(n => n.Surname == surname)
            .Select(n => (TextRange?)new TextRange(n.Start, n.End)).FirstOrDefault();
    }

    private static bool Names(string paragraph, string name) =>
        Regex.IsMatch(paragraph, @"\b" + Regex.Escape(name.Split(' ')[^1]) + @"\b");
}
