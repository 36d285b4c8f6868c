namespace DocReport.Cli.Convert;

/// <summary>Reads a <c>--format</c> value: comma-separated names, each one of those allowed.</summary>
internal static class FormatList
{
    public static string[] Parse(string value, IReadOnlyList<string> allowed, out string? error)
    {
        var chosen = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant()).Distinct().ToArray();
        var unknown = chosen.Except(allowed).ToList();
        var names = string.Join(", ", allowed);
        error = chosen.Length == 0 ? $"--format needs at least one of {names}"
            : unknown.Count > 0 ? $"unknown format '{unknown[0]}' (choose among {names})"
            : null;
        return chosen;
    }
}
