using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace DocReport.Reading;

/// <summary>
/// Repairs text whose UTF-8 bytes were once read as Windows-1252 (or Latin-1) and saved again: "PeÃ±a" for "Peña", "â€œ" for
/// "“". Only where a reader can tell: a line is decoded whole when all of it maps back to bytes that are valid UTF-8 and it
/// holds a sure sign (below); in any other line only the sure signs are decoded. Text that is Latin-1 on purpose
/// ("SÃO PAULO") never maps back to valid UTF-8 and holds no sure sign, so it stays as it is. Link addresses written in the
/// text (<c>https://…</c>, <c>www.…</c>, a Markdown link's destination) are left as written: an address is the page's own
/// string, which a server may hold broken too, not text a reader is shown.
/// </summary>
internal static partial class MojibakeRepair
{
    private const string Utf8LeadsOfLatin1 = "ÂÃ"; // C2 and C3: the UTF-8 of U+0080..U+00FF, the letters of Western languages
    private const char GeneralPunctuationLead = 'â'; // E2: the UTF-8 of quotes, dashes, the ellipsis, the euro and trade marks
    private const int MaxPasses = 3; // text encoded twice or three times over

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    // Each character's Windows-1252 byte; C1 controls stand for themselves (Latin-1 readings, and the five bytes 1252 leaves undefined).
    private static readonly Dictionary<char, byte> HighBytes = BuildHighBytes();

    // Forms a byte's character takes after compatibility normalisation (NFKC/NFKD), which some scrapers apply to broken text:
    // "Ã" and a spacing diacritic became "Ã" and a space with a combining mark, "Ãº" became "Ão".
    private static readonly (string Form, byte Byte)[] CompatibilityForms =
    [
        (" \u0308", 0xA8), (" \u0304", 0xAF), (" \u0301", 0xB4), (" \u0327", 0xB8), ("a", 0xAA), ("o", 0xBA),
    ];

    /// <summary>
    /// The text a reader was given, repaired unless <paramref name="encodingGuessed"/>: bytes that are not UTF-8 and were read
    /// as Windows-1252 for want of a better guess (Chinese in GBK, say) make "Ã" and its like by chance, and a "repair"
    /// would only trade one wrong letter for another.
    /// </summary>
    public static (string Text, int Repaired) RepairRead(string text, bool encodingGuessed) =>
        encodingGuessed ? (text, 0) : Repair(text);

    /// <summary>The text repaired, and how many characters were rebuilt from broken sequences (0: the text is returned as it was).</summary>
    public static (string Text, int Repaired) Repair(string text)
    {
        if (!HasCandidate(text)) return (text, 0);
        var result = new StringBuilder(text.Length);
        var repaired = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var (line, count) = RepairLine(text[lineStart..lineEnd]);
            result.Append(line);
            repaired += count;
            if (lineEnd < text.Length) result.Append('\n');
            lineStart = lineEnd + 1;
        }
        return repaired == 0 ? (text, 0) : (result.ToString(), repaired);
    }

    // The parts of a line between link addresses, each repaired on its own.
    private static (string Line, int Repaired) RepairLine(string line)
    {
        if (!HasCandidate(line)) return (line, 0);
        var addresses = Address().Matches(line);
        if (addresses.Count == 0) return RepairPart(line);
        var result = new StringBuilder(line.Length);
        var repaired = 0;
        var at = 0;
        foreach (Match address in addresses)
        {
            var (part, count) = RepairPart(line[at..address.Index]);
            var end = AddressEnd(line, address);
            result.Append(part).Append(line, address.Index, end - address.Index);
            repaired += count;
            at = end;
        }
        var (rest, restCount) = RepairPart(line[at..]);
        return repaired + restCount == 0 ? (line, 0) : (result.Append(rest).ToString(), repaired + restCount);
    }

    private static (string Line, int Repaired) RepairPart(string line)
    {
        if (!HasCandidate(line)) return (line, 0);
        var repaired = 0;
        for (var pass = 0; pass < MaxPasses && HasCandidate(line); pass++)
        {
            var (decoded, count) = DecodeWhole(line) is { } whole ? (whole, CountNonAscii(whole)) : DecodeSureSigns(line);
            if (count == 0) break;
            line = decoded;
            repaired = Math.Max(repaired, count); // a later pass rebuilds the same characters once more
        }
        return (line, repaired);
    }

    // The whole line as UTF-8 when every character maps to a byte and the bytes are valid UTF-8, and the line holds a sure sign
    // or two candidates (a line of Cyrillic or Greek read as 1252 is all candidates; a real line rarely holds even one).
    private static string? DecodeWhole(string line)
    {
        var sureSigns = 0;
        var candidates = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (SequenceAt(line, i) is not { } sequence) continue;
            candidates++;
            if (IsSureSign(line, i, sequence)) sureSigns++;
        }
        if (sureSigns == 0 && candidates < 2) return null;
        var bytes = new byte[line.Length];
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c < 0x80) bytes[i] = (byte)c;
            else if (HighBytes.TryGetValue(c, out var b)) bytes[i] = b;
            else return null;
        }
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    // Only the sequences no real text holds, each decoded where it stands.
    private static (string Line, int Repaired) DecodeSureSigns(string line)
    {
        var result = new StringBuilder(line.Length);
        var repaired = 0;
        for (var i = 0; i < line.Length;)
        {
            if (SureSequenceAt(line, i) is { } sure && Encoding.UTF8.GetString(sure.Bytes) is var decoded)
            {
                result.Append(decoded);
                repaired++;
                i += sure.Length;
                continue;
            }
            result.Append(line[i++]);
        }
        return (result.ToString(), repaired);
    }

    private static (byte[] Bytes, int Length)? SureSequenceAt(string line, int i)
    {
        if (SequenceAt(line, i) is { } sequence) return IsSureSign(line, i, sequence) ? sequence : null;
        return DamagedFormAt(line, i);
    }

    // Signs no real text holds: "Ã" or "Â" before a character of the bytes 80-BF (à, whose second byte is a no-break space,
    // only inside a word: Portuguese capitals end in "Ã"), "â" before two of them, and any other lead of a two-byte
    // sequence that is a capital letter right after a lower-case letter ("zÅ‚oty"), where no capital stands in real text.
    // Nor is "Ã" that ends a word of capitals and is followed by the punctuation that closes a word: “IRMÃ” is Portuguese in
    // quotation marks, not "IRMÔ" (a closing quote, an apostrophe, a dash or an ellipsis, then no letter).
    private static bool IsSureSign(string line, int i, (byte[] Bytes, int Length) sequence)
    {
        var lead = line[i];
        var afterLowercase = i > 0 && char.IsLower(line[i - 1]);
        if (lead == 'Ã' && i > 0 && char.IsUpper(line[i - 1]) && ClosesAWord(line[i + 1]) && (i + 2 == line.Length || !char.IsLetterOrDigit(line[i + 2])))
            return false;
        if (Utf8LeadsOfLatin1.Contains(lead)) return sequence.Bytes[1] != 0xA0 || lead == 'Â' || afterLowercase;
        if (lead == GeneralPunctuationLead) return true;
        return sequence.Length == 2 && afterLowercase && char.IsUpper(lead);
    }

    // Damaged forms: "Ã" then a compatibility form of its second byte, inside a word ("naÃ ̄ve", "RaÃol", "d'Ãatre") or before
    // a combining mark; and "â€" whose third byte, one Windows-1252 leaves undefined, was dropped: a hyphen between letters
    // ("realâ€world"), else a closing double quotation mark ("â€œYes.â€ she said").
    private static (byte[] Bytes, int Length)? DamagedFormAt(string line, int i)
    {
        var afterLowercase = i > 0 && char.IsLower(line[i - 1]);
        if (line[i] == GeneralPunctuationLead && i + 1 < line.Length && line[i + 1] == '€' && (i + 2 == line.Length || !IsContinuation(line[i + 2])))
            return ([0xE2, 0x80, i > 0 && char.IsLetter(line[i - 1]) && i + 2 < line.Length && char.IsLetter(line[i + 2]) ? (byte)0x90 : (byte)0x9D], 2);
        if (line[i] != 'Ã' || !(afterLowercase || (i > 0 && line[i - 1] is '\'' or '’'))) return null;
        foreach (var (form, b) in CompatibilityForms)
            if (string.CompareOrdinal(line, i + 1, form, 0, form.Length) == 0) return ([0xC3, b], 1 + form.Length);
        if (i + 1 < line.Length && line[i + 1] == ' ' && afterLowercase) return ([0xC3, 0xA0], 1); // "voilÃ " with its no-break space made a space
        return null;
    }

    // A UTF-8 lead byte's character followed by as many continuation bytes' characters as it needs, forming valid UTF-8.
    private static (byte[] Bytes, int Length)? SequenceAt(string text, int i)
    {
        if (!HighBytes.TryGetValue(text[i], out var lead)) return null;
        var length = lead switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
        if (length == 0 || i + length > text.Length) return null;
        for (var k = 1; k < length; k++)
            if (!IsContinuation(text[i + k])) return null;
        var bytes = new byte[length];
        for (var k = 0; k < length; k++) bytes[k] = HighBytes[text[i + k]];
        return Utf8.IsValid(bytes) ? (bytes, length) : null;
    }

    private static bool ClosesAWord(char c) => c is '”' or '’' or '–' or '—' or '…';

    // Where an address ends: before a broken closing quote mark, apostrophe, dash or ellipsis ("…/reportâ€ť,"), which an address
    // holds only percent-encoded, so it is the sentence's; what follows is repaired with the text.
    private static int AddressEnd(string line, Match address)
    {
        var end = address.Index + address.Length;
        for (var i = address.Index; i < end; i++)
        {
            if (line[i] != GeneralPunctuationLead) continue;
            var found = SequenceAt(line, i) ?? DamagedFormAt(line, i);
            if (found is var (bytes, _) && Encoding.UTF8.GetString(bytes) is [var c] && ClosesAWord(c)) return i;
        }
        return end;
    }

    // An address: a scheme's "://" or "www." up to white space, an angle or closing bracket or a straight double quote (a curly
    // quote or an apostrophe right after it is taken in); a Markdown link's destination.
    [GeneratedRegex(@"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>""\]\)]+|(?<=\]\()[^\s)]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    private static bool IsContinuation(char c) => HighBytes.TryGetValue(c, out var b) && b is >= 0x80 and <= 0xBF;

    /// <summary>Whether <paramref name="text"/> may need repair: a lead byte's character that starts a sequence or a damaged form.</summary>
    public static bool HasCandidate(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c = text[i];
            if (c is < 'Â' or > 'ô') continue;
            if (SequenceAt(text, i) is not null || DamagedFormAt(text, i) is not null) return true;
        }
        return false;
    }

    private static int CountNonAscii(string text) => text.Count(c => c >= 0x80);

    private static Dictionary<char, byte> BuildHighBytes()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++) map[windows1252.GetString([(byte)b])[0]] = (byte)b;
        for (var c = 0x80; c <= 0x9F; c++) map.TryAdd((char)c, (byte)c);
        return map;
    }
}
