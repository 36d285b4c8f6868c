using System.Diagnostics;
using System.Text.Json;
using DocReport.Analysis.Sources;

namespace PipelineBench;

/// <summary>
/// The title-holder look-ups of the sources step alone over a long text read back from a dataset.json: every listed title's
/// holder, and the roles of every listed source's surname, timed (CPU), with a digest of the answers to compare two libraries by.
/// </summary>
internal static class HolderLookups
{
    public static void Run(string datasetJson)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(datasetJson));
        var text = json.RootElement.GetProperty("text").GetString()!;
        var surnames = json.RootElement.GetProperty("sources").EnumerateArray()
            .Select(s => s.GetProperty("name").GetString()!.Split(' ')[^1]).Where(s => s.Length > 1).Distinct().ToList();
        var titles = SourceLexicon.Titles.Where(t => !t.EndsWith('.')).Select(t => t.ToLowerInvariant()).Distinct().ToList();
        _ = TextWords.Of(text);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var scanner = new TitleHolderScanner(text);
        var answers = new List<string>();
        foreach (var title in titles) answers.Add(title + "=" + scanner.HolderOf(title)?.Name);
        var holdersCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        foreach (var surname in surnames) answers.Add(surname + ":" + string.Join(',', scanner.RolesOf(surname).Order(StringComparer.Ordinal)));
        var allCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var digest = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', answers))))[..16];
        Console.WriteLine($"{text.Length} chars; {titles.Count} titles: {holdersCpu.TotalSeconds:F2} CPU s; {surnames.Count} surnames' roles: " +
            $"{(allCpu - holdersCpu).TotalSeconds:F2} CPU s; {answers.Count(a => a.EndsWith('=') || a.EndsWith(':'))} empty; digest {digest}");
    }
}
