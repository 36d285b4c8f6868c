using System.Security.Cryptography;

namespace DocReport.Bench.FieldEval.Gold;

/// <summary>
/// Checks a gold set against its SHA256SUMS (the format sha256sum writes): gold is frozen, so a file changed, added or
/// removed since the sums were written is reported loudly.
/// </summary>
internal static class GoldSums
{
    public const string FileName = "SHA256SUMS";

    public static IReadOnlyList<string> Problems(string folder)
    {
        var sumsPath = Path.Combine(folder, FileName);
        if (!File.Exists(sumsPath)) return [$"{sumsPath} is missing: the set is not frozen"];
        var frozen = File.ReadAllLines(sumsPath).Where(l => l.Length > 64)
            .ToDictionary(l => l[64..].Trim().TrimStart('*'), l => l[..64].ToLowerInvariant());
        var problems = new List<string>();
        foreach (var path in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!frozen.TryGetValue(name, out var sum)) problems.Add($"{name} is not in {FileName}: not frozen");
            else if (sum != Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))))
                problems.Add($"{name} CHANGED since it was frozen (SHA-256 differs from {FileName}); amend only by a logged '# amended:' line and a new sum in the same commit");
        }
        problems.AddRange(frozen.Keys.Where(n => !File.Exists(Path.Combine(folder, n))).Select(n => $"{n} is in {FileName} but missing"));
        return problems;
    }
}
