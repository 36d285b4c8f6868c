using System.Buffers;
using System.Text;

namespace DocReport.Reading;

/// <summary>
/// Text that is not UTF-8 and declares no charset: tells whether reading it as Windows-1252 is a guess that fails, and
/// reads the legacy East Asian encodings whose script shows them (Japanese in Shift_JIS or EUC-JP writes kana in nearly
/// every sentence, Korean in EUC-KR Hangul syllables). Chinese (GBK, Big5) and the Cyrillic and Greek code pages decode
/// one another's bytes without a fault, so they are not told apart: the caller warns that the encoding was guessed.
/// </summary>
internal static class LegacyEncoding
{
    // Shift_JIS, EUC-JP and Unified Hangul Code (EUC-KR's superset), each with the share of the script its text is known
    // by: Japanese writes its grammar in kana; Korean all but punctuation in Hangul (Chinese read as it makes about half
    // its characters Hangul).
    private static readonly (int CodePage, Func<char, bool> Script, double MinShare)[] Candidates =
    [
        (932, IsKana, 0.2),
        (51932, IsKana, 0.2),
        (949, IsHangulSyllable, 0.8),
    ];

    // Fewer foreign bytes than this are too few to judge an encoding by.
    private const int MinForeignBytes = 16;

    /// <summary>
    /// Whether most bytes outside UTF-8 sequences stand in runs of three or more: Western text read as Windows-1252 has
    /// its accented letters one or two at a time between ASCII ones ("été", "Größe"); Japanese, Chinese, Korean, Greek or
    /// Cyrillic has whole words of them, which Windows-1252 turns into nonsense ("“ú–{Œê" for "日本語").
    /// </summary>
    public static bool ReadsBadlyAsWindows1252(byte[] bytes)
    {
        int foreign = 0, inRuns = 0, run = 0;
        var rest = bytes.AsSpan();
        while (!rest.IsEmpty)
        {
            var length = 1;
            if (rest[0] >= 0x80 && Rune.DecodeFromUtf8(rest, out _, out length) != OperationStatus.Done)
            {
                foreign++;
                run++;
                rest = rest[1..];
                continue;
            }
            if (run >= 3) inRuns += run;
            run = 0;
            rest = rest[length..];
        }
        if (run >= 3) inRuns += run;
        return foreign >= MinForeignBytes && inRuns * 2 > foreign;
    }

    /// <summary>The text of <paramref name="bytes"/> in the one candidate encoding that decodes them without a fault into its script; null when none does.</summary>
    public static string? Decode(byte[] bytes)
    {
        foreach (var (codePage, script, minShare) in Candidates)
        {
            var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            string text;
            try { text = encoding.GetString(bytes); }
            catch (DecoderFallbackException) { continue; }
            if (ScriptShare(text, script) >= minShare) return text;
        }
        return null;
    }

    // The share of the text's non-ASCII characters that are of the script; half-width katakana, which a wrong reading of
    // Shift_JIS makes of single bytes, count against it.
    private static double ScriptShare(string text, Func<char, bool> script)
    {
        int nonAscii = 0, ofScript = 0;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            nonAscii++;
            if (script(c)) ofScript++;
            else if (c is >= '\uFF61' and <= '\uFF9F') ofScript--;
        }
        return nonAscii < MinForeignBytes / 2 ? 0 : (double)ofScript / nonAscii;
    }

    private static bool IsKana(char c) => c is >= '\u3041' and <= '\u30FF';

    private static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
