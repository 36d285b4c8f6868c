namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// The features of one token for the attribution tagger: the words around it, their shapes, endings and word
/// classes, its quotation state, how far the nearest likely cue is on each side, and where it stands in its
/// sentence and paragraph.
/// </summary>
internal static class TokenFeatures
{
    private const string Start = "<s>";
    private const string End = "</s>";

    public static void Emit(ParagraphTokens p, int i, IFeatureSink sink, FirstPass? first = null)
    {
        if (first is not null) EmitStacked(p, i, sink, first);
        var w = p.Tokens[i].Lower;
        var (before, after) = (Word(p, i - 1), Word(p, i + 1));
        sink.Add("b", "1");
        sink.Add("w", w);
        sink.Add("w-1", before);
        sink.Add("w+1", after);
        sink.Add("w-2", Word(p, i - 2));
        sink.Add("w+2", Word(p, i + 2));
        sink.Add("ww-", before, w);
        sink.Add("ww+", w, after);
        var shape = TokenShape.Of(p.Tokens[i].Text);
        sink.Add("sh", shape);
        sink.Add("sh-1", i > 0 && SameSentence(p, i, i - 1) ? TokenShape.Of(p.Tokens[i - 1].Text) : Start);
        sink.Add("sh+1", i + 1 < p.Count && SameSentence(p, i, i + 1) ? TokenShape.Of(p.Tokens[i + 1].Text) : End);
        if (w.Length > 3) sink.Add("s3", w[^3..]);
        sink.Add("stem", WordStem.Of(w));
        sink.Add("stem-1", WordStem.Of(before));
        sink.Add("stem+1", WordStem.Of(after));
        var cls = p.Class[i];
        sink.Add("c", cls);
        sink.Add("c-1", Class(p, i - 1));
        sink.Add("c+1", Class(p, i + 1));
        sink.Add("cc-", Class(p, i - 1), cls);
        sink.Add("cc+", cls, Class(p, i + 1));
        var quote = p.Quote[i].ToString();
        sink.Add("q", quote);
        var (left, right) = (Distance(p, i, p.CueLeft[i]), Distance(p, i, p.CueRight[i]));
        sink.Add("cl", left);
        sink.Add("cr", right);
        sink.Add("clr", left, right);
        sink.Add("qcr", quote, right);
        sink.Add("qcl", quote, left);
        sink.Add("wcr", w, right);
        sink.Add("shcr", shape, right);
        sink.Add("shcl", shape, left);
        if (p.CueRight[i] >= 0) sink.Add("crw", p.Tokens[p.CueRight[i]].Lower, right);
        if (p.CueLeft[i] >= 0) sink.Add("clw", p.Tokens[p.CueLeft[i]].Lower, left);
        var s = p.Sentence[i];
        sink.Add("sent", p.SentenceHasCue[s] ? "cue" : "-", p.SentenceHasQuote[s] ? "quote" : "-");
        sink.Add("pos", i == 0 || !SameSentence(p, i, i - 1) ? "first" : i + 1 == p.Count || !SameSentence(p, i, i + 1) ? "last" : "mid", s == 0 ? "s0" : "s+");
        sink.Add("end", p.ToSentenceEnd[i] switch { <= 3 => Digits[p.ToSentenceEnd[i]], <= 6 => "4-6", <= 12 => "7-12", _ => "far" });
        if (p.ParagraphIndex == 0) sink.Add("headline", "1");
        if (p.ContinuesQuote) sink.Add("continues", quote);
    }

    // The second pass's own features: the first pass's tags around the token and where its cues are.
    private static void EmitStacked(ParagraphTokens p, int i, IFeatureSink sink, FirstPass first)
    {
        var tag = TagName(first, i);
        var (before, after) = (TagName(first, i - 1), TagName(first, i + 1));
        sink.Add("t", tag);
        sink.Add("tt-", before, tag);
        sink.Add("tt+", tag, after);
        sink.Add("t-2", TagName(first, i - 2));
        sink.Add("t+2", TagName(first, i + 2));
        sink.Add("tw", tag, p.Tokens[i].Lower);
        var (left, right) = (Distance(p, i, first.CueLeft[i]), Distance(p, i, first.CueRight[i]));
        sink.Add("tcl", left);
        sink.Add("tcr", right);
        sink.Add("tclr", left, right);
        sink.Add("tqc", p.Quote[i].ToString(), left + right);
        var roles = first.SentenceRoles[p.Sentence[i]];
        sink.Add("troles", roles);
        sink.Add("trolesq", roles, p.Quote[i].ToString());
        if (first.PreviousEndsInContent) sink.Add("tprev", p.Sentence[i] == 0 ? "s0" : "s+", p.Quote[i].ToString());
    }

    private static string TagName(FirstPass first, int j) => j < 0 ? Start : j >= first.Tags.Length ? End : TagNames[(int)first.Tags[j]];

    private static readonly string[] TagNames = ["O", "SB", "SI", "CB", "CI", "TB", "TI"];

    private static bool SameSentence(ParagraphTokens p, int i, int j) => p.Sentence[i] == p.Sentence[j];

    private static string Word(ParagraphTokens p, int j) => j < 0 ? Start : j >= p.Count ? End : p.Tokens[j].Lower;

    private static string Class(ParagraphTokens p, int j) => j < 0 ? Start : j >= p.Count ? End : p.Class[j];

    // How far the cue is, in buckets, and whether a comma, colon or quotation mark stands between.
    private static string Distance(ParagraphTokens p, int i, int cue)
    {
        if (cue < 0) return "none";
        var d = Math.Abs(cue - i);
        var bucket = d switch { <= 3 => Digits[d], <= 6 => "4-6", <= 10 => "7-10", <= 20 => "11-20", _ => "far" };
        var (from, to) = (Math.Min(i, cue), Math.Max(i, cue));
        for (var k = from + 1; k < to; k++)
            if (p.Tokens[k].Text is "," or ":" || p.Quote[k] is QuoteState.Opening or QuoteState.Closing) return bucket + "p";
        return bucket;
    }

    private static readonly string[] Digits = ["0", "1", "2", "3"];
}
