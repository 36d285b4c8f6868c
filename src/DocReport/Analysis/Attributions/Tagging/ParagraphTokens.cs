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
        Tokens = Tokenizer.Tokens(text, paragraph.Start, paragraph.End);
        var n = Tokens.Count;
        (Sentence, Class, Quote, CueLeft, CueRight) = (new int[n], new string[n], new QuoteState[n], new int[n], new int[n]);
        var quotationEnds = quotations.Select(q => q.End).ToArray();
        var sentenceIndex = 0;
        for (var i = 0; i < n; i++)
        {
            while (sentenceIndex < paragraph.Sentences.Count - 1 && Tokens[i].Start >= paragraph.Sentences[sentenceIndex].End) sentenceIndex++;
            Sentence[i] = sentenceIndex;
            Class[i] = WordClass.Of(Tokens[i]);
            Quote[i] = StateOf(Tokens[i], quotations, quotationEnds);
        }
        ContinuesQuote = quotations.Any(q => q.Start < paragraph.Start && q.End > paragraph.Start);
        SentenceHasCue = new bool[paragraph.Sentences.Count];
        SentenceHasQuote = new bool[paragraph.Sentences.Count];
        for (var i = 0; i < n; i++)
        {
            if (Class[i] == "cue") SentenceHasCue[Sentence[i]] = true;
            if (Quote[i] != QuoteState.Outside) SentenceHasQuote[Sentence[i]] = true;
        }
        FillNearestCues();
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
    /// <summary>How many tokens of its sentence come after each token.</summary>
    public int[] ToSentenceEnd { get; }
    public bool[] SentenceHasCue { get; }
    public bool[] SentenceHasQuote { get; }
    /// <summary>True when the paragraph opens inside a quotation begun in an earlier paragraph.</summary>
    public bool ContinuesQuote { get; }

    public int Count => Tokens.Count;

    private void FillNearestCues()
    {
        var last = NoCue;
        for (var i = 0; i < Count; i++)
        {
            if (i > 0 && Sentence[i] != Sentence[i - 1]) last = NoCue;
            CueLeft[i] = last;
            if (Class[i] == "cue") last = i;
        }
        last = NoCue;
        for (var i = Count - 1; i >= 0; i--)
        {
            if (i < Count - 1 && Sentence[i] != Sentence[i + 1]) last = NoCue;
            CueRight[i] = last;
            if (Class[i] == "cue") last = i;
        }
    }

    private static QuoteState StateOf(Token token, IReadOnlyList<Quotation> quotations, int[] ends)
    {
        var q = SortedSearch.LowerBound(ends, token.End);
        if (q >= quotations.Count || quotations[q].Start > token.Start) return QuoteState.Outside;
        if (token.Start == quotations[q].Start) return QuoteState.Opening;
        return token.End == quotations[q].End ? QuoteState.Closing : QuoteState.Inside;
    }
}
