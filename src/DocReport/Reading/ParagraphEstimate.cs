namespace DocReport.Reading;

/// <summary>
/// How many paragraphs a text or Markdown document has at least, counted on its decoded text before it is read:
/// reading a 50 MB note of 480,000 paragraphs into blocks costs 400 MB (700 MB as Markdown) before they can be counted.
/// A paragraph is a run of lines that are not blank, as the text reader splits them. In Markdown a fenced code block
/// is one block whatever its blank lines, and an indented run of lines may continue the code block above it, so
/// neither counts anew: the count errs low, and a document within the limit is never refused on it.
/// </summary>
internal static class ParagraphEstimate
{
    public static int AtLeast(string text, bool markdown)
    {
        var count = 0;
        var afterBlank = true;
        string? fence = null;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            var blank = line.IndexOfAnyExcept(" \t\f\u00A0\r") < 0;
            if (markdown && Fence(line) is { } marker)
            {
                if (fence is null) { if (afterBlank) count++; fence = marker; }
                else if (marker.StartsWith(fence, StringComparison.Ordinal) && marker[0] == fence[0]) fence = null;
                afterBlank = false;
                continue;
            }
            if (fence is null && !blank && afterBlank && !(markdown && Indented(line))) count++;
            afterBlank = blank && fence is null;
        }
        return count;
    }

    // The fence a line opens or closes (``` or ~~~, three or more, after at most three spaces), or null.
    private static string? Fence(ReadOnlySpan<char> line)
    {
        var start = line.IndexOfAnyExcept(' ');
        if (start < 0 || start > 3 || line[start] is not ('`' or '~')) return null;
        var length = line[start..].IndexOfAnyExcept(line[start]) is var end && end < 0 ? line.Length - start : end;
        return length >= 3 ? new string(line[start], length) : null;
    }

    private static bool Indented(ReadOnlySpan<char> line) => line.StartsWith("    ") || line.StartsWith("\t");
}
