using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;

namespace DocReport.Reading;

/// <summary>
/// Turns bytes into text: byte-order marks, UTF-32 and UTF-16 without one, strict UTF-8, a declared charset, a legacy East Asian encoding its script
/// shows (<see cref="LegacyEncoding"/>), then UTF-8 whose invalid bytes are read as Windows-1252; binary gives null.
/// </summary>
internal static partial class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text of <paramref name="bytes"/> with line endings as '\n', or null when the bytes are not text.</summary>
    public static string? Decode(byte[] bytes) => Decode(bytes, out _);

    /// <summary>
    /// The text of <paramref name="bytes"/>, or null when they are not text; <paramref name="encodingGuessed"/> tells that
    /// they declare no encoding and were read as Windows-1252 though they do not look like it.
    /// </summary>
    public static string? Decode(byte[] bytes, out bool encodingGuessed)
    {
        var text = DecodeRaw(bytes, out encodingGuessed);
        return text is null || !LooksLikeText(text) ? null : NormalizeLineEndings(text);
    }

    /// <summary>Replaces \r\n and lone \r with \n.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static string? DecodeRaw(byte[] bytes, out bool encodingGuessed)
    {
        encodingGuessed = false;
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return Lenient(Utf8Or1252, bytes, 3);
        // UTF-32's marks first: little-endian's begins with UTF-16's (FF FE), and read as UTF-16 it is all zeros between letters.
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 })) return Lenient(Utf32LittleEndian, bytes, 4);
        if (bytes.AsSpan().StartsWith(new byte[] { 0, 0, 0xFE, 0xFF })) return Lenient(Utf32BigEndian, bytes, 4);
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) return Lenient(Encoding.Unicode, bytes, 2);
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) return Lenient(Encoding.BigEndianUnicode, bytes, 2);
        if (BomlessUtf32(bytes) is { } utf32) return Lenient(utf32, bytes, 0);
        if (LooksLikeBomlessUtf16(bytes, out var utf16)) return Lenient(utf16, bytes, 0);
        if (HasManyZeros(bytes)) return null;
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { }
        if (EncodingFor(DeclaredCharset(bytes)) is { } declared) return Lenient(declared, bytes, 0);
        if (LegacyEncoding.ReadsBadlyAsWindows1252(bytes))
        {
            if (LegacyEncoding.Decode(bytes) is { } legacy) return legacy;
            encodingGuessed = true;
        }
        return Lenient(Utf8Or1252, bytes, 0);
    }

    // A page saved as UTF-8 with a few Latin-1 bytes pasted in keeps its UTF-8; a Windows-1252 file, whose accented letters
    // are not valid UTF-8, reads as 1252 byte by byte.
    private static readonly Encoding Utf8Or1252 = Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, new Windows1252Fallback());

    // The charset a page declares in its first bytes ("<meta charset=...>"), used only when the bytes are not valid UTF-8.
    private static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = Charset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    private static string Lenient(Encoding encoding, byte[] bytes, int skip) => encoding.GetString(bytes, skip, bytes.Length - skip);

    // The labels browsers read as Windows-1252 (the WHATWG Encoding standard's list): in Latin-1 proper, byte 93 ("“" in
    // 1252) is a control character.
    private static readonly HashSet<string> Windows1252Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591",
        "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
    };

    // A declared UTF-8 the bytes belie is no guide: they are read as UTF-8 where they can be.
    private static Encoding? EncodingFor(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        var label = charset.Trim();
        if (label.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || label.Equals("utf8", StringComparison.OrdinalIgnoreCase)) return null;
        if (Windows1252Labels.Contains(label)) return Encoding.GetEncoding(1252);
        try { return Encoding.GetEncoding(label); }
        catch (ArgumentException) { return null; }
    }

    // Binary formats are full of zero bytes; text has none, or a stray one a faulty tool left (one in 8 KB is not binary).
    private static bool HasManyZeros(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        return sample.Count((byte)0) > Math.Max(1, sample.Length / 100);
    }

    private static readonly Encoding Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    // Text saved as UTF-32 without a mark: each four bytes of its start (up to 128 characters) a character, at most U+10FFFF,
    // no surrogate, no NUL. UTF-8 and UTF-16 text never read so (two ASCII letters make a unit over 0x10FFFF), and binary
    // formats' zero fields fail the NUL test.
    private static Encoding? BomlessUtf32(byte[] bytes)
    {
        var n = Math.Min(bytes.Length, 512) & ~3;
        if (n < 16 || bytes.Length % 4 != 0) return null;
        if (AllCharacters(bytes.AsSpan(0, n), bigEndian: false)) return Utf32LittleEndian;
        return AllCharacters(bytes.AsSpan(0, n), bigEndian: true) ? Utf32BigEndian : null;
    }

    private static bool AllCharacters(ReadOnlySpan<byte> units, bool bigEndian)
    {
        for (var i = 0; i < units.Length; i += 4)
        {
            var unit = bigEndian
                ? BinaryPrimitives.ReadUInt32BigEndian(units[i..])
                : BinaryPrimitives.ReadUInt32LittleEndian(units[i..]);
            if (unit is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF)) return false;
        }
        return true;
    }

    // ASCII text saved as UTF-16 without a mark has a zero in every other byte.
    private static bool LooksLikeBomlessUtf16(byte[] bytes, out Encoding encoding)
    {
        encoding = Encoding.Unicode;
        var n = Math.Min(bytes.Length, 512) & ~1;
        if (n < 8) return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        var half = n / 2;
        if (oddZeros > half * 0.9 && evenZeros == 0) return true;
        encoding = Encoding.BigEndianUnicode;
        return evenZeros > half * 0.9 && oddZeros == 0;
    }

    // Text has few control characters other than tab, newline, carriage return and form feed.
    private static bool LooksLikeText(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var controls = 0;
        foreach (var c in sample)
            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\u001b')) || c == '\uFFFD') controls++;
        return controls <= sample.Length / 50;
    }
}
