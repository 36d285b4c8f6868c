using DocReport.Analysis.Claims;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Round 31's embedding variants of quoted and reported speech (README "Round 31"): "arctic-quoted" embeds the words inside a
/// sentence's quotation marks as a second vector, "arctic-reported" copies the sentence's vector for a sentence that quotes or
/// reports someone (zeros otherwise), so the regression can weigh the meaning of reported speech apart from the writer's own.
/// </summary>
internal static class ReportedSpeech
{
    /// <summary>Fewest words a quotation needs to be embedded on its own: shorter ones are titles, scare quotes or a name.</summary>
    public const int MinimumQuotedWords = 4;

    /// <summary>A quotation mark pair in the sentence, or a reporting cue (said, told, according to, ...).</summary>
    public static bool IsReported(string sentence)
    {
        var signals = SentenceSignals.Read(sentence);
        return signals.HasQuotation || signals.Has(CueCategory.Reporting);
    }

    /// <summary>The words inside the sentence's quotation marks, or null when it quotes fewer than <see cref="MinimumQuotedWords"/>.</summary>
    public static string? QuotedWords(string sentence)
    {
        if (SentenceSignals.Read(sentence).Quoted is not { } span) return null;
        var words = sentence[span.Start..span.End].Trim();
        return words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinimumQuotedWords ? words : null;
    }
}
