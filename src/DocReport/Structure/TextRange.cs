namespace DocReport.Structure;

/// <summary>A <c>[Start,End)</c> range of UTF-16 code units in some text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;
}
