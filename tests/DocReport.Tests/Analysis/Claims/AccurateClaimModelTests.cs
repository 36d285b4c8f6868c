using DocReport.Analysis.Claims;

namespace DocReport.Tests.Analysis.Claims;

public class AccurateClaimModelTests
{
    [Fact]
    public void A_folder_without_the_model_is_reported_with_how_to_publish_it_there()
    {
        var folder = Directory.CreateTempSubdirectory("docreport-no-model").FullName;
        try
        {
            var reason = AccurateClaimModel.Unavailable(folder);

            Assert.NotNull(reason);
            Assert.Contains("dotnet publish src/DocReport.Claims.Accurate", reason);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Without_a_folder_an_application_that_does_not_reference_the_package_is_told_to()
    {
        var reason = AccurateClaimModel.Unavailable(null);

        Assert.NotNull(reason);
        Assert.Contains(AccurateClaimModel.AssemblyName, reason);
    }
}
