using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Regexes built around a name or word, kept for the process: a batch meets the same surnames and head words ("Trump",
/// "ministry") document after document, and parsing a pattern costs more than running it once. Bounded, so a corpus of
/// millions of names holds only the first few thousand.
/// </summary>
internal sealed class NamePatterns(Func<string, string> pattern)
{
    private const int Capacity = 2048;

    private readonly ConcurrentDictionary<string, Regex> built = new(StringComparer.Ordinal);
    // Counted here: ConcurrentDictionary.Count takes every lock, and past the bound every name would ask it.
    private int added;

    /// <summary>The regex for <paramref name="name"/>, built the first time it is asked for.</summary>
    public Regex For(string name)
    {
        if (built.TryGetValue(name, out var known)) return known;
        var regex = new Regex(pattern(name));
        if (Volatile.Read(ref added) < Capacity && built.TryAdd(name, regex)) Interlocked.Increment(ref added);
        return regex;
    }
}
