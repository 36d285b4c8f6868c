namespace DocReport.Tests.Output;

/// <summary>Finds a file checked into the repository from the test's output folder.</summary>
internal static class RepositoryFile
{
    public static string Path(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "DocReport.sln")))
                return System.IO.Path.Combine(dir.FullName, relative);
        throw new FileNotFoundException($"No DocReport.sln above {AppContext.BaseDirectory}: run the tests from the repository");
    }
}
