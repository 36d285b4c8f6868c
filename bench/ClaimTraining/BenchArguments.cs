using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>"--name value" options after the command word, with defaults.</summary>
internal sealed class BenchArguments(string[] args)
{
    public string Command => args.Length > 0 ? args[0] : "help";

    public string Text(string name, string fallback)
    {
        var at = Array.IndexOf(args, "--" + name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    public double Number(string name, double fallback) => double.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    public IReadOnlyList<double> Numbers(string name, string fallback) =>
        Text(name, fallback).Split(',').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToList();

    public bool Flag(string name) => args.Contains("--" + name);

    /// <summary>The arguments after the command word that are neither options nor option values.</summary>
    public IReadOnlyList<string> Inputs() =>
        args.Skip(1).Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i].StartsWith("--", StringComparison.Ordinal))).ToList();
}
