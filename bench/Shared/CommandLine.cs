using System.Globalization;

namespace DocReport.Bench;

/// <summary>
/// A bench's command line: a command word first (for the benches that have commands), <c>--name value</c> options and
/// <c>--name</c> flags. Names are given without their dashes.
/// </summary>
internal sealed class CommandLine(string[] args)
{
    /// <summary>The first argument, the command word; "help" when there is none.</summary>
    public string Command => args.Length > 0 ? args[0] : "help";

    /// <summary>The argument after <c>--name</c>, or null when the option is not given or nothing follows it.</summary>
    public string? Value(string name)
    {
        var at = Array.IndexOf(args, "--" + name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public string Text(string name, string fallback) => Value(name) ?? fallback;

    public double Number(string name, double fallback) => double.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    /// <summary>The comma-separated values of <c>--name</c> ("--epochs 20,45"), each parsed; those of <paramref name="fallback"/> when it is not given.</summary>
    public IReadOnlyList<T> List<T>(string name, string fallback, Func<string, T> parse) => Text(name, fallback).Split(',').Select(parse).ToList();

    public IReadOnlyList<double> Numbers(string name, string fallback) => List(name, fallback, n => double.Parse(n, CultureInfo.InvariantCulture));

    public IReadOnlyList<int> Integers(string name, string fallback) => List(name, fallback, n => int.Parse(n, CultureInfo.InvariantCulture));

    public bool Flag(string name) => args.Contains("--" + name);

    /// <summary>The arguments after the command word that are neither options nor option values.</summary>
    public IReadOnlyList<string> Inputs() =>
        args.Skip(1).Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i].StartsWith("--", StringComparison.Ordinal))).ToList();

    /// <summary>The first argument that is neither one of <paramref name="flags"/> nor one of <paramref name="valued"/> with its value, or null.</summary>
    public string? Unknown(IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is not null && flags.Contains(name)) continue;
            if (name is not null && valued.Contains(name) && i + 1 < args.Length) i++;
            else return args[i];
        }
        return null;
    }
}
