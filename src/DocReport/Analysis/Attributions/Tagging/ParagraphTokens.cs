using DocReport.Model;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>Where a token stands with respect to quotations.</summary>
internal enum QuoteState : byte { Outside, Inside, Opening, Closing }

/// <summary>
/// The tokens of one paragraph with what the tagger's features ask of each: sentence, word class, quotation
/// state, and the nearest likely cue on either side within the sentence.
/// </summary>
internal sealed class ParagraphTokens
{
    public const int NoCue = -1;

    public ParagraphTokens(string text, Paragraph paragraph, int paragraphIndex, IReadOnlyList<Quotation> quotations)
    {
        ParagraphIndex = paragraphIndex;
        // A paragraph without sentences (code) has no words to tag: every token belongs to a sentence.
        Tokens = paragraph.Sentences.Count == 0 ? [] : Tokenizer.Tokens(text, paragraph.Start, paragraph.End);
        var n = Tokens.Count;
        (Sentence, Class, Quote) = (new int[n], new string[n], new QuoteState[n]);
        var sentenceIndex = 0;
        for (var i = 0; i < n; i++)
        {
            while (sentenceIndex < paragraph.Sentences.Count - 1 && Tokens[i].Start >= paragraph.Sentences[sentenceIndex].End) sentenceIndex++;
            Sentence[i] = sentenceIndex;
            Class[i] = WordClass.Of(Tokens[i]);
            Quote[i] = StateOf(Tokens[i], quotations);
        }
        // The quotations follow each other without overlapping (QuotationFinder), so the first to end after the paragraph's
        // start is the only one that may hold it: binary searches, not a pass over the document's quotations per paragraph.
        var after = SortedSearch.LowerBound(quotations, paragraph.Start + 1, q => q.End);
        ContinuesQuote = after < quotations.Count && quotations[after].Start < paragraph.Start;
        SentenceHasCue = new bool[paragraph.Sentences.Count];
        SentenceHasQuote = new bool[paragraph.Sentences.Count];
        for (var i = 0; i < n; i++)
        {
            if (Class[i] == "cue") SentenceHasCue[Sentence[i]] = true;
            if (Quote[i] != QuoteState.Outside) SentenceHasQuote[Sentence[i]] = true;
        }
        (CueLeft, CueRight) = Nearest(Sentence, i => Class[i] == "cue");
        (Lower, Shape, Stem, Suffix, ClassPart, CueLeftCode, CueRightCode) = (new FeaturePart[n], new FeaturePart[n], new FeaturePart[n], new FeaturePart?[n], new FeaturePart[n], new int[n], new int[n]);
        for (var i = 0; i < n; i++)
        {
            Lower[i] = FeaturePart.Of(Tokens[i].Lower);
            Shape[i] = FeaturePart.Of(TokenShape.Of(Tokens[i].Text));
            Stem[i] = FeaturePart.Of(WordStem.Of(Tokens[i].Lower));
            if (Tokens[i].Lower.Length > 3) Suffix[i] = FeaturePart.Of(Tokens[i].Lower[^3..]);
            ClassPart[i] = WordClass.PartOf(Class[i]);
            CueLeftCode[i] = FeatureValues.DistanceCode(this, i, CueLeft[i]);
            CueRightCode[i] = FeatureValues.DistanceCode(this, i, CueRight[i]);
        }
        (NameRun, InParentheses) = (new FeaturePart[n], new bool[n]);
        FillNameRuns();
        ToSentenceEnd = new int[n];
        for (var i = n - 1; i >= 0; i--) ToSentenceEnd[i] = i == n - 1 || Sentence[i + 1] != Sentence[i] ? 0 : ToSentenceEnd[i + 1] + 1;
    }

    public List<Token> Tokens { get; }
    public int ParagraphIndex { get; }
    public int[] Sentence { get; }
    public string[] Class { get; }
    public QuoteState[] Quote { get; }
    /// <summary>The index of the nearest likely cue before each token in its sentence, or <see cref="NoCue"/>.</summary>
    public int[] CueLeft { get; }
    /// <summary>The index of the nearest likely cue after each token in its sentence, or <see cref="NoCue"/>.</summary>
    public int[] CueRight { get; }
    /// <summary>Where each token stands in a run of capitalised words (a name): "B", "I", "E" (last), "S" (alone) or "-".</summary>
    public FeaturePart[] NameRun { get; }
    public FeaturePart[] Lower { get; }
    public FeaturePart[] Shape { get; }
    public FeaturePart[] Stem { get; }
    /// <summary>The last three letters of words longer than three.</summary>
    public FeaturePart?[] Suffix { get; }
    public FeaturePart[] ClassPart { get; }
    /// <summary>The <see cref="FeatureValues.DistanceCode"/> of the nearest likely cue before and after each token.</summary>
    public int[] CueLeftCode { get; }
    public int[] CueRightCode { get; }
    public bool[] InParentheses { get; }
    /// <summary>How many tokens of its sentence come after each token.</summary>
    public int[] ToSentenceEnd { get; }
    public bool[] SentenceHasCue { get; }
    public bool[] SentenceHasQuote { get; }
    /// <summary>True when the paragraph opens inside a quotation begun in an earlier paragraph.</summary>
    public bool ContinuesQuote { get; }

    public int Count => Tokens.Count;

    /// <summary>For each token, the nearest token before and after it in its sentence that passes the test, or <see cref="NoCue"/>.</summary>
    public static (int[] Left, int[] Right) Nearest(int[] sentence, Func<int, bool> isCue)
    {
        var n = sentence.Length;
        var (left, right) = (new int[n], new int[n]);
        var last = NoCue;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && sentence[i] != sentence[i - 1]) last = NoCue;
            left[i] = last;
            if (isCue(i)) last = i;
        }
        last = NoCue;
        for (var i = n - 1; i >= 0; i--)
        {
            if (i < n - 1 && sentence[i] != sentence[i + 1]) last = NoCue;
            right[i] = last;
            if (isCue(i)) last = i;
        }
        return (left, right);
    }

    private static readonly FeaturePart[] NameRuns = new[] { "-", "B", "I", "E", "S" }.Select(FeaturePart.Of).ToArray();

    private void FillNameRuns()
    {
        var depth = 0;
        for (var i = 0; i < Count; i++)
        {
            if (Tokens[i].Text == ")") depth = Math.Max(0, depth - 1);
            InParentheses[i] = depth > 0;
            if (Tokens[i].Text == "(") depth++;
            var capital = char.IsUpper(Tokens[i].Text[0]);
            var previous = i > 0 && char.IsUpper(Tokens[i - 1].Text[0]);
            var next = i + 1 < Count && char.IsUpper(Tokens[i + 1].Text[0]);
            NameRun[i] = NameRuns[!capital ? 0 : previous ? next ? 2 : 3 : next ? 1 : 4];
        }
    }

    private static QuoteState StateOf(Token token, IReadOnlyList<Quotation> quotations)
    {
        var q = SortedSearch.LowerBound(quotations, token.End, q => q.End);
        if (q >= quotations.Count || quotations[q].Start > token.Start) return QuoteState.Outside;
        if (token.Start == quotations[q].Start) return QuoteState.Opening;
        return token.End == quotations[q].End ? QuoteState.Closing : QuoteState.Inside;
    }
}
