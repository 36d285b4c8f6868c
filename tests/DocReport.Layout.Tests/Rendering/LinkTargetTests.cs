using DocReport.Layout.Infrastructure;

namespace DocReport.Layout.Tests.Rendering;

public class LinkTargetTests
{
    [Theory]
    [InlineData("https://example.org/a?b=c", true)]
    [InlineData("http://example.org", true)]
    [InlineData("mailto:desk@example.org", true)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(@"\\server\share\payload.exe", false)]
    [InlineData("//server/share", false)]
    [InlineData("/relative/path", false)]
    [InlineData("not a url", false)]
    public void Only_http_https_and_mailto_targets_are_clickable(string url, bool clickable) =>
        Assert.Equal(clickable, LinkTargets.IsClickable(url));
}
