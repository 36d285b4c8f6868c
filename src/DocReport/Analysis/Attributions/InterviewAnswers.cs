using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// The answers of an interview printed as questions and answers with no speaker's name: each question stands alone (a heading,
/// a paragraph of its own ending in "?", or one labelled "Q:"), the answer paragraphs follow it unlabelled or labelled "A:", and the one person interviewed is named
/// in the title or the lead ("We spoke with Ana Ruiz, ..."). Every answer paragraph is that person's speech. The layout is read
/// only where it is plain: a run of at least <see cref="MinPairs"/> questions each followed by an answer, most questions
/// put to "you" and most answers told in the first person (a FAQ, or an explainer asking itself questions, is neither), and
/// one person plainly named as the one interviewed (<see cref="Interviewee"/>); else nothing is credited. The source
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

    // "Q: You have been talking about ...", "Question: ...": a labelled question need not end in "?"; "A: It is a mistake."
    [GeneratedRegex(@"^(?:Q|Question)[:.][ \t\u00A0]")]
    private static partial Regex QuestionLabel();

    // "QYou've stayed on the sidelines": a bold "Q" whose space the page lost runs into the question
    [GeneratedRegex(@"^Q(?=\p{Lu}\p{Ll})")]
    private static partial Regex RunInLabel();

    [GeneratedRegex(@"^(?:A|Answer)[:.][ \t\u00A0]+")]
    private static partial Regex AnswerLabel();

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
        // "Want to know more about Ana Ruiz?": a paragraph naming the interviewee is the writer's, and so is what follows it; so is
        // a list or a table after an answer's prose (the page's links to more interviews)
        var answers = pairs.Select(p => p.Answer.TakeWhile(a => a.Kind is BlockKind.Paragraph or BlockKind.Quote && !Names(a.Text, named.Of(text))).ToList()).Where(a => a.Count > 0 && a[0].Sentences.Count > 0)
            .Select(a => new TextRange(a[0].Start + AnswerLabel().Match(a[0].Text).Length, a[^1].End)).ToList();
        if (answers.Count == 0) yield break;
        yield return new FoundAttribution(naming, AttributionRules.SpanOf(text, named), new Span("", named.End, named.End), AttributionRules.SpanOf(text, answers[0]), phrase)
        {
            ContentParts = answers.Skip(1).ToList(),
            Kind = AttributionKind.Speech,
            SpokenIn = article.Paragraphs.First(p => p.Start <= answers[0].Start && answers[0].Start < p.End).Sentences[0],
        };
    }

    // The paragraphs before the first question (the lead), and the longest run of questions with their answers: a heading that
    // asks nothing ends a run.
    private static (List<Paragraph> Lead, List<Pair> Pairs) Layout(IReadOnlyList<Paragraph> paragraphs)
    {
        List<Pair> best = [], run = [];
        List<Paragraph>? lead = null;
        string? section = null;
        // where questions are labelled, only the labelled ones are: an answer may ask something itself ("Are there problems? Yeah.");
        // where only answers are, a question is the paragraph before an answer, asking or not ("You thank him for that.")
        var labelled = paragraphs.Count(p => QuestionLabel().IsMatch(p.Text)) >= MinPairs;
        var answered = paragraphs.Count(p => AnswerLabel().IsMatch(p.Text)) >= MinPairs;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            // a pull quote set as a heading ("“Leadership is ...”") goes on with the answer it is taken from
            if (p.Section != section && p.Section is { } heading && !IsPullQuote(heading))
            {
                if (IsQuestion(heading)) { lead ??= paragraphs.TakeWhile(q => q != p).ToList(); run.Add(new Pair(heading, [])); }
                else Close(ref run, ref best);
            }
            section = p.Section;
            if (p.Kind is BlockKind.Paragraph or BlockKind.Quote && (labelled ? QuestionLabel().IsMatch(p.Text)
                : answered ? i + 1 < paragraphs.Count && AnswerLabel().IsMatch(paragraphs[i + 1].Text) : IsQuestion(p.Text)))
            {
                lead ??= paragraphs.TakeWhile(q => q != p).ToList();
                run.Add(new Pair(RunInLabel().Replace(p.Text, ""), []));
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

    // The one person interviewed, leaving out the writers: the one the title names when the lead names nobody or names them first
    // ("Q&A with Vice President Ana Ruiz", the lead opening "Vice President Ana Ruiz spent Thursday ...", then the reporters she
    // spoke with); else, with nobody in the title, the only one the lead names. Their first mention in the lead, else anywhere.
    private static TextRange? Interviewee(Article article, List<Paragraph> lead)
    {
        var (title, text) = (article.Document.Title, article.Text);
        var writers = article.Document.Authors.SelectMany(a => a.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var inTitle = new PersonNameScanner(title).Between(0, title.Length).Select(n => n.Surname).Where(s => !writers.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        var people = new PersonNameScanner(text);
        var inLead = people.Between(0, lead.Count == 0 ? 0 : lead[^1].End).Where(n => !writers.Contains(n.Surname)).ToList();
        var surname = inTitle switch
        {
            [var only] => inLead.Count == 0 || inLead[0].Surname == only ? only : null,
            [] => inLead.Select(n => n.Surname).Distinct(StringComparer.Ordinal).ToList() is [var one] ? one : null,
            _ => null,
        };
        return surname is null ? null
            : inLead.Concat(people.Between(0, text.Length)).Where(n => n.Surname == surname)
                .Select(n => (TextRange?)new TextRange(n.Start, n.End)).FirstOrDefault();
    }

    private static bool Names(string paragraph, string name) =>
        Regex.IsMatch(paragraph, @"\b" + Regex.Escape(name.Split(' ')[^1]) + @"\b");
}
