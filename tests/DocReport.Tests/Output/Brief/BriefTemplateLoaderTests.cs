using DocReport.Output.Brief;

namespace DocReport.Tests.Output.Brief;

public sealed class BriefTemplateLoaderTests
{
    [Theory]
    [InlineData(null, "default")]
    [InlineData("default", "default")]
    [InlineData("compact", "compact")]
    public void Built_in_templates_load_and_validate(string? name, string expected)
    {
        var result = BriefTemplateLoader.Load(name);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, result.Value!.Name);
        Assert.NotEmpty(result.Value.Sections);
    }

    [Theory]
    [InlineData("""{"margins":{"left":500},"sections":[{"type":"heading"}]}""", "template margins.left: must be between 0 and 200 pt")]
    [InlineData("""{"pageSize":"A9","sections":[{"type":"heading"}]}""", "template pageSize: must be A4 or Letter")]
    [InlineData("""{"colors":{"accent":"blue"},"sections":[{"type":"heading"}]}""", "template colors.accent: must be a colour like #1F4E79")]
    [InlineData("""{"sections":[{"type":"heading"},{"type":"poem"}]}""", "template sections[1].type: must be one of")]
    [InlineData("""{"sections":[{"type":"chart"}]}""", "template sections[0].chart: must be one of")]
    [InlineData("""{"font":{"family":"No Such Font 42"},"sections":[{"type":"heading"}]}""", "template font.family: 'No Such Font 42' is not an installed font family")]
    [InlineData("""{"sections":[]}""", "template sections: must list at least one section")]
    [InlineData("""{"marginz":{},"sections":[{"type":"heading"}]}""", "template marginz:")]
    public void A_bad_template_fails_naming_the_field(string json, string expected)
    {
        var result = BriefTemplateLoader.Parse(json, "test.json");
        Assert.False(result.Succeeded);
        Assert.StartsWith(expected, result.Error);
    }

    [Fact]
    public void A_missing_template_file_is_a_failure_not_an_exception()
    {
        var result = BriefTemplateLoader.Load("/nonexistent/brief.json");
        Assert.False(result.Succeeded);
        Assert.Contains("not found", result.Error);
    }

    [Fact]
    public void A_template_file_on_disk_loads()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"name":"mine","pageSize":"Letter","sections":[{"type":"heading"},{"type":"sources"}]}""");
            var result = BriefTemplateLoader.Load(path);
            Assert.True(result.Succeeded, result.Error);
            Assert.Equal("Letter", result.Value!.PageSize);
        }
        finally { File.Delete(path); }
    }
}
