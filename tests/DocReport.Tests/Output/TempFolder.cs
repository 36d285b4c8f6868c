namespace DocReport.Tests.Output;

/// <summary>A fresh folder for one test's output, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("docreport-output-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Names of the files in the folder, sorted; a leftover temporary file shows up here.</summary>
    public IReadOnlyList<string> FileNames() =>
        Directory.GetFiles(Path).Select(f => System.IO.Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
