using DocReport.Pipeline;
using DocReport.Tests.Output;
using PublicApiGenerator;

namespace DocReport.Tests.PublicApi;

/// <summary>
/// The public surface of each package, pinned to a checked-in file so every change to it is deliberate. When a change is
/// meant, the failing test writes the new surface beside the approved file as *.received.txt: review it, then move it over
/// the approved file.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData(typeof(DocReportPipeline), "DocReport.approved.txt")]
    [InlineData(typeof(Layout.Document), "DocReport.Layout.approved.txt")]
    public void The_public_api_is_the_approved_one(Type inAssembly, string approvedFile)
    {
        // Assembly attributes are left out: they carry the clone's repository address.
        var api = inAssembly.Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n") + "\n";
        var approvedPath = RepositoryFile.Path(Path.Combine("tests", "DocReport.Tests", "PublicApi", approvedFile));
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received") + ".txt";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        if (api == approved)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, api);
        Assert.Fail($"The public API of {inAssembly.Assembly.GetName().Name} changed. Review {receivedPath}; if the change is meant, move it over {approvedPath}.");
    }
}
