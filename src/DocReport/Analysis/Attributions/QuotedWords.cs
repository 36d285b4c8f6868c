using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// A verb the lists do not know as one of saying still reports when what it is said of is a quotation handed to it: the
/// quotation right before its source and cue ("“We are worried,” she continued", "“...,” Mr. Dale shared") or after a colon
/// that ends the cue ("he resents it: “We ...”", also when the quotation runs on past the content's sentence). Marks in
/// quotation are words someone said; a quotation the verb takes as its object inside the sentence ("wants “a fair deal”") is
/// not handed over, and stays a belief; nor is a cue with no verb ("Said Ellis:").
/// </summary>
internal static class QuotedWords
{
    /// <summary>The attribution as speech when it is a belief whose content is a quotation handed to its cue.</summary>
    public static FoundAttribution Read(string text, FoundAttribution f) =>
        f.Kind == AttributionKind.Belief && HandedOver(text, f) ? f with { Kind = AttributionKind.Speech, Reports = true } : f;

    private static bool HandedOver(string text, FoundAttribution f)
    {
        // "Said Ellis: “...”": a cue of no word in lower case is no verb
        if (!f.Cue.Text.Split(' ').Any(w => w.Length > 0 && char.IsLower(w[0]))) return false;
        var content = f.Content.Text.Trim();
        if (content.Length < 2 || content[0] is not ('“' or '"')) return false;
        var speaker = Math.Min(f.Source.Start, f.Cue.Start);
        // a quotation before the speaker must close there; one after a colon may run on past its first sentence
        if (f.Content.End <= speaker) return content.TrimEnd(',', '.', ';')[^1] is '”' or '"' && string.IsNullOrWhiteSpace(text[f.Content.End..speaker].Replace(",", ""));
        return f.Cue.End <= f.Content.Start && (f.Cue.Text.TrimEnd().EndsWith(':') || text[f.Cue.End..f.Content.Start].Trim() == ":");
    }
}
