using SkiaSharp;

namespace DocReport.Layout.Text;

/// <summary>
/// What a shaped run depends on, as the shaping cache's key. A struct of its own rather than a tuple: a tuple holding
/// references is looked up through shared generic code and runtime type lookups, which cost a brief a few per cent.
/// </summary>
internal readonly record struct ShapeKey(SKTypeface Typeface, float Size, string Text, byte Level, string? Language)
{
    public bool Equals(ShapeKey other) =>
        ReferenceEquals(Typeface, other.Typeface) && Size.Equals(other.Size) && Level == other.Level
        && string.Equals(Text, other.Text, StringComparison.Ordinal) && string.Equals(Language, other.Language, StringComparison.Ordinal);

    public override int GetHashCode() =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Typeface), Size, string.GetHashCode(Text, StringComparison.Ordinal), Level);
}
