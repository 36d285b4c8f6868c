using System.Globalization;
using DocReport.Model;
using DocReport.Resources;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// Round 39: "Clinton has been slow to embrace the deal", "The senator is suing the city": a predicate no word list holds (a stance,
/// an act, an intention) that PolNeAR still counts as attribution. In a sentence where neither the tagger nor the rules found a
/// cue, the subject opening it is read (<see cref="AsideSubject.Opening"/>), and each of the first words after it is scored as
/// the cue of an attribution with that subject for its source, by a logistic regression over general features (the word, its
/// stem and ending, its neighbours, its place after the subject, its word class, the kind of subject, a quotation after it),
/// trained on PolNeAR train by bench/PolnearEval (<c>learned-cues</c>). The best word scored above <see cref="Threshold"/> ends
/// the cue, which runs from the first word after the subject ("has been slow to embrace"); the subject becomes its source, and
/// the assembly reads the rest of the sentence as its content as for any cue the tagger finds.
/// </summary>
internal sealed class LearnedCue(IReadOnlyDictionary<string, float> weights)
{
    public const string Path = "Analysis/Attributions/Data/learned-cues.tsv";

    /// <summary>The most words after the subject scored as the cue's last word.</summary>
    public const int Reach = 5;

    /// <summary>The probability a word must pass to end a cue: chosen by cross-validation on train folds (bench/PolnearEval README, round 39).</summary>
    public const double Threshold = 0.7;

    private static readonly Lazy<LearnedCue> Embedded = new(() => new(Read(WordList.Load(Path))));

    /// <summary>The model embedded in the library.</summary>
    public static LearnedCue Shared => Embedded.Value;

    /// <summary>Weights from the rows of a weights file: a feature and its weight, tab-separated.</summary>
    public static Dictionary<string, float> Read(IEnumerable<string> rows) =>
        rows.Select(r => r.Split('\t')).ToDictionary(r => r[0], r => float.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>The probability that the word at <paramref name="k"/> of <paramref name="candidates"/> ends a cue of the subject.</summary>
    public double Probability(CueCandidates candidates, int k)
    {
        var sum = 0.0;
        candidates.Features(k, f => sum += weights.GetValueOrDefault(f));
        return 1 / (1 + Math.Exp(-sum));
    }

    /// <summary>The tagger's spans with a learned cue and its subject added in each sentence where neither the tagger nor the rules found a cue.</summary>
    public IReadOnlyList<TaggedSpan> Add(Article article, IReadOnlyList<TaggedSpan> spans, IReadOnlyList<FoundAttribution> ruled, IReadOnlyList<Quotation> quotations)
    {
        var added = new List<TaggedSpan>();
        for (var p = 0; p < article.Paragraphs.Count; p++)
            foreach (var sentence in article.Paragraphs[p].Sentences)
            {
                if (!IsBare(sentence, spans, ruled) || CueCandidates.Of(article.Text, sentence, quotations) is not { } candidates) continue;
                var (best, chance) = (-1, Threshold);
                for (var k = 0; k < candidates.Count; k++)
                    if (Probability(candidates, k) is var probability && probability > chance) (best, chance) = (k, probability);
                if (best < 0) continue;
                added.Add(new TaggedSpan(SpanRole.Cue, candidates.After[0].Start, candidates.After[best].End, p));
                // a source the tagger found over the subject is its own; else the subject is the cue's source
                if (!spans.Any(s => s.Role == SpanRole.Source && s.Start < candidates.Subject.End && candidates.Subject.Start < s.End))
                    added.Add(new TaggedSpan(SpanRole.Source, candidates.Subject.Start, candidates.Subject.End, p));
            }
        return added.Count == 0 ? spans : spans.Concat(added).OrderBy(s => s.Start).ToList();
    }

    /// <summary>True when no cue the tagger tagged nor one the rules found stands in the sentence.</summary>
    public static bool IsBare(Sentence sentence, IReadOnlyList<TaggedSpan> spans, IReadOnlyList<FoundAttribution> ruled) =>
        !spans.Any(s => s.Role == SpanRole.Cue && s.Start < sentence.End && sentence.Start < s.End)
        && !ruled.Any(r => r.Cue.Start < sentence.End && sentence.Start < r.Cue.End);
}

/// <summary>The subject opening a sentence and the tokens after it to the sentence's end; the first <see cref="Count"/> words may end a cue.</summary>
internal sealed record CueCandidates(TextRange Subject, string SubjectKind, IReadOnlyList<Token> After, bool Quoted)
{
    /// <summary>How many of the first tokens after the subject are candidates: words, up to the first mark, at most <see cref="LearnedCue.Reach"/>.</summary>
    public int Count { get; } = After.Take(LearnedCue.Reach).TakeWhile(t => char.IsLetter(t.Text[0])).Count();

    /// <summary>The candidates of a sentence, or null when no subject opens it or it opens inside a quotation (a report nested in another's words).</summary>
    public static CueCandidates? Of(string text, Sentence sentence, IReadOnlyList<Quotation> quotations)
    {
        if (AsideSubject.Opening(text, sentence.Start, sentence.End) is not { } subject || quotations.Any(q => q.Start <= subject.Start && subject.Start < q.End)) return null;
        var after = Tokenizer.Tokens(text, subject.End, sentence.End);
        if (after.Count == 0) return null;
        var first = text[subject.Start];
        var kind = text.AsSpan(subject.Start, subject.End - subject.Start) is "He" or "She" or "They" or "We" or "I" ? "pron"
            : first == 'T' && text.AsSpan(subject.Start).StartsWith("The ", StringComparison.Ordinal) ? "the" : "name";
        return new CueCandidates(subject, kind, after, after.Any(t => t.Text is "“" or "\"" or ":"));
    }

    /// <summary>The features of the word at <paramref name="k"/> as the last word of a cue, each given to <paramref name="emit"/>.</summary>
    public void Features(int k, Action<string> emit)
    {
        var word = After[k].Lower;
        var before = k == 0 ? "<" + SubjectKind + ">" : After[k - 1].Lower;
        var next = k + 1 < After.Count ? After[k + 1].Lower : "</s>";
        var then = k + 2 < After.Count ? After[k + 2].Lower : "</s>";
        emit("bias");
        emit("w=" + word);
        emit("s=" + WordStem.Of(word));
        emit("e=" + word[Math.Max(0, word.Length - 3)..]);
        emit("k=" + k);
        emit("c=" + WordClass.Of(After[k]));
        emit("p=" + before);
        emit("n=" + next);
        emit("nn=" + then);
        emit("pw=" + before + "_" + word);
        emit("wn=" + word + "_" + next);
        emit("sk=" + SubjectKind + "_" + k);
        emit("nc=" + (k + 1 < After.Count ? WordClass.Of(After[k + 1]) : "</s>"));
        emit("ns=" + WordStem.Of(next));
        emit("pre=" + string.Join('_', After.Take(k).Select(t => t.Lower)));
        emit("len=" + Math.Min(After.Count / 5, 6));
        if (After.Skip(k + 1).Any(t => t.Lower == "that")) emit("that");
        if (Quoted) emit("q");
    }
}
