using System.Text.RegularExpressions;
using DocReport.Pipeline;
using DocReport.Tests.Output;

namespace DocReport.Tests.PublicApi;

/// <summary>The README's C# examples name the namespaces of the library types they use, so a newcomer can paste them.</summary>
public sealed partial class ReadmeExampleTests
{
    [Fact]
    public void Every_library_type_a_readme_example_uses_has_its_namespace_imported()
    {
        var readme = File.ReadAllText(RepositoryFile.Path("README.md"));
        var publicTypes = typeof(DocReportPipeline).Assembly.GetExportedTypes().Where(t => !t.IsNested).ToLookup(t => t.Name);
        var examples = CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(examples);

        // A later example goes on from the earlier ones (it uses their variables), so their imports count for it too.
        var imported = new HashSet<string>();
        var missing = new List<string>();
        foreach (var example in examples)
        {
            imported.UnionWith(UsingLine().Matches(example).Select(m => m.Groups[1].Value));
            foreach (var name in Identifier().Matches(example).Select(m => m.Value).Distinct())
                foreach (var type in publicTypes[name].Where(t => !imported.Contains(t.Namespace!)))
                    missing.Add($"{type.Name} needs using {type.Namespace};");
        }

        Assert.Empty(missing);
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^using ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"\b[A-Z]\w*")]
    private static partial Regex Identifier();
}
