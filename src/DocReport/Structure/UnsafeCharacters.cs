using System.Text;

namespace DocReport.Structure;

/// <summary>
/// Code points that must not reach normalisation or a file name: noncharacters (U+FDD0..U+FDEF and the last
/// two of every plane, which .NET refuses to normalise), unpaired surrogates, and bidirectional controls
/// that make a name display differently from what it is (U+202E turns "evil\u202Etxt.exe" around).
/// </summary>
internal static class UnsafeCharacters
{
    /// <summary>True for U+FDD0..U+FDEF and U+xFFFE, U+xFFFF in every plane.</summary>
    public static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>True for the embedding, override, isolate and mark controls of the bidirectional algorithm.</summary>
    public static bool IsBidiControl(int codePoint) =>
        codePoint is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C;

    /// <summary>True when <paramref name="text"/> holds a noncharacter or an unpaired surrogate.</summary>
    public static bool HasInvalidScalars(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done) return true;
            if (IsNoncharacter(rune.Value)) return true;
            i += used - 1;
        }
        return false;
    }

    /// <summary>
    /// The text with every noncharacter and unpaired surrogate replaced by U+FFFD, one for one, so offsets into
    /// the text keep their meaning and validation can report what was lost.
    /// </summary>
    public static string Replace(string text)
    {
        if (!HasInvalidScalars(text)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var status = Rune.DecodeFromUtf16(chars.AsSpan(i), out var rune, out var used);
            if (status != System.Buffers.OperationStatus.Done) chars[i] = '\uFFFD';
            else if (IsNoncharacter(rune.Value)) chars.AsSpan(i, used).Fill('\uFFFD');
            else i += used - 1;
        }
        return new string(chars);
    }

    /// <summary>The text without noncharacters, unpaired surrogates and bidirectional controls: fit for a file name.</summary>
    public static string RemoveFromName(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done) continue;
            if (!IsNoncharacter(rune.Value) && !IsBidiControl(rune.Value)) kept.Append(text, i, used);
            i += used - 1;
        }
        return kept.ToString();
    }
}
