using static DocReport.Analysis.Attributions.Tagging.FeatureValues;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// The features of one token for the attribution tagger: the words around it, their shapes, stems, endings and
/// word classes, its quotation state, how far the nearest likely cue is on each side, and where it stands in its
/// sentence and paragraph; in the second pass also the first pass's tags around it and where its cues are.
/// </summary>
internal static class TokenFeatures
{
    private static readonly FeaturePart B = T("b"), W = T("w"), WPrev = T("w-1"), WNext = T("w+1"), WPrev2 = T("w-2"), WNext2 = T("w+2"),
        WPrev3 = T("w-3"), WNext3 = T("w+3"), WwPrev = T("ww-"), WwNext = T("ww+"), Sh = T("sh"), ShPrev = T("sh-1"), ShNext = T("sh+1"),
        S3 = T("s3"), Stem = T("stem"), StemPrev = T("stem-1"), StemNext = T("stem+1"), C = T("c"), CPrev = T("c-1"), CNext = T("c+1"),
        CcPrev = T("cc-"), CcNext = T("cc+"), Name = T("name"), Paren = T("paren"), Q = T("q"), Cl = T("cl"), Cr = T("cr"), Clr = T("clr"),
        Qcr = T("qcr"), Qcl = T("qcl"), Wcr = T("wcr"), Shcr = T("shcr"), Shcl = T("shcl"), Crw = T("crw"), Clw = T("clw"), Sent = T("sent"),
        Pos = T("pos"), EndOf = T("end"), Headline = T("headline"), Continues = T("continues");

    private static readonly FeaturePart Tag = T("t"), TtPrev = T("tt-"), TtNext = T("tt+"), TPrev2 = T("t-2"), TNext2 = T("t+2"), Tw = T("tw"),
        Tcl = T("tcl"), Tcr = T("tcr"), Tclr = T("tclr"), Tqc = T("tqc"), Troles = T("troles"), Trolesq = T("trolesq"), Tprev = T("tprev");

    /// <summary>The token's features; with <paramref name="first"/>, the second pass's, stacked on the first pass's tags, too.</summary>
    public static void Emit(ParagraphTokens p, int i, IFeatureSink sink, FirstPass? first = null)
    {
        if (first is not null) EmitStacked(p, i, sink, first);
        EmitOwn(p, i, sink);
    }

    /// <summary>The features of the token and its neighbours that both passes read.</summary>
    public static void EmitOwn(ParagraphTokens p, int i, IFeatureSink sink)
    {
        var w = p.Lower[i];
        var (before, after) = (Word(p, i - 1), Word(p, i + 1));
        sink.Add(B, One);
        sink.Add(W, w);
        sink.Add(WPrev, before);
        sink.Add(WNext, after);
        sink.Add(WPrev2, Word(p, i - 2));
        sink.Add(WNext2, Word(p, i + 2));
        sink.Add(WPrev3, Word(p, i - 3));
        sink.Add(WNext3, Word(p, i + 3));
        sink.Add(WwPrev, before, w);
        sink.Add(WwNext, w, after);
        var shape = p.Shape[i];
        sink.Add(Sh, shape);
        sink.Add(ShPrev, i > 0 && SameSentence(p, i, i - 1) ? p.Shape[i - 1] : Start);
        sink.Add(ShNext, i + 1 < p.Count && SameSentence(p, i, i + 1) ? p.Shape[i + 1] : End);
        if (p.Suffix[i] is { } suffix) sink.Add(S3, suffix);
        sink.Add(Stem, p.Stem[i]);
        sink.Add(StemPrev, i > 0 ? p.Stem[i - 1] : Start);
        sink.Add(StemNext, i + 1 < p.Count ? p.Stem[i + 1] : End);
        var cls = p.ClassPart[i];
        sink.Add(C, cls);
        sink.Add(CPrev, Class(p, i - 1));
        sink.Add(CNext, Class(p, i + 1));
        sink.Add(CcPrev, Class(p, i - 1), cls);
        sink.Add(CcNext, cls, Class(p, i + 1));
        sink.Add(Name, p.NameRun[i], i > 0 ? p.NameRun[i - 1] : Start);
        if (p.InParentheses[i]) sink.Add(Paren, One);
        var quote = FeatureValues.Quote[(int)p.Quote[i]];
        sink.Add(Q, quote);
        var (left, right) = (Distance(p.CueLeftCode[i]), Distance(p.CueRightCode[i]));
        sink.Add(Cl, left);
        sink.Add(Cr, right);
        sink.Add(Clr, left, right);
        sink.Add(Qcr, quote, right);
        sink.Add(Qcl, quote, left);
        sink.Add(Wcr, w, right);
        sink.Add(Shcr, shape, right);
        sink.Add(Shcl, shape, left);
        if (p.CueRight[i] >= 0) sink.Add(Crw, p.Lower[p.CueRight[i]], right);
        if (p.CueLeft[i] >= 0) sink.Add(Clw, p.Lower[p.CueLeft[i]], left);
        var s = p.Sentence[i];
        sink.Add(Sent, p.SentenceHasCue[s] ? HasCue : None, p.SentenceHasQuote[s] ? HasQuote : None);
        sink.Add(Pos, i == 0 || !SameSentence(p, i, i - 1) ? First : i + 1 == p.Count || !SameSentence(p, i, i + 1) ? Last : Middle, s == 0 ? FirstSentence : LaterSentence);
        sink.Add(EndOf, ToEndOf(p.ToSentenceEnd[i]));
        if (p.ParagraphIndex == 0) sink.Add(Headline, One);
        if (p.ContinuesQuote) sink.Add(Continues, quote);
    }

    /// <summary>The second pass's own features: the first pass's tags around the token and where its cues are.</summary>
    public static void EmitStacked(ParagraphTokens p, int i, IFeatureSink sink, FirstPass first)
    {
        var tag = TagAt(first, i);
        sink.Add(Tag, tag);
        sink.Add(TtPrev, TagAt(first, i - 1), tag);
        sink.Add(TtNext, tag, TagAt(first, i + 1));
        sink.Add(TPrev2, TagAt(first, i - 2));
        sink.Add(TNext2, TagAt(first, i + 2));
        sink.Add(Tw, tag, p.Lower[i]);
        var (left, right) = (Distance(first.CueLeftCode[i]), Distance(first.CueRightCode[i]));
        sink.Add(Tcl, left);
        sink.Add(Tcr, right);
        sink.Add(Tclr, left, right);
        var quote = FeatureValues.Quote[(int)p.Quote[i]];
        sink.Add(Tqc, quote, DistancePair(first.CueLeftCode[i], first.CueRightCode[i]));
        var roles = first.SentenceRoles[p.Sentence[i]];
        sink.Add(Troles, roles);
        sink.Add(Trolesq, roles, quote);
        if (first.PreviousEndsInContent) sink.Add(Tprev, p.Sentence[i] == 0 ? FirstSentence : LaterSentence, quote);
    }

    private static FeaturePart T(string template) => FeaturePart.Of(template);

    private static FeaturePart TagAt(FirstPass first, int j) => j < 0 ? Start : j >= first.Tags.Length ? End : FeatureValues.Tag[(int)first.Tags[j]];

    private static bool SameSentence(ParagraphTokens p, int i, int j) => p.Sentence[i] == p.Sentence[j];

    private static FeaturePart Word(ParagraphTokens p, int j) => j < 0 ? Start : j >= p.Count ? End : p.Lower[j];

    private static FeaturePart Class(ParagraphTokens p, int j) => j < 0 ? Start : j >= p.Count ? End : p.ClassPart[j];
}
