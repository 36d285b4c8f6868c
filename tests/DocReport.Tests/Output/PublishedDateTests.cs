using DocReport.Output;

namespace DocReport.Tests.Output;

public class PublishedDateTests
{
    [Theory]
    [InlineData("2024-11-05T18:30:00-05:00", "-05:00")]
    [InlineData("2024-11-05T18:30:00+0530", "+05:30")]
    [InlineData("2024-11-05T18:30:00Z", "UTC")]
    [InlineData("2024-11-05T18:30:00", null)]
    [InlineData("2024-11-05 6 PM", null)]
    [InlineData("2024-11-05", null)]
    public void The_offset_shown_is_the_one_the_timestamp_names_never_the_machine_s(string published, string? offset)
    {
        Assert.Equal(offset, PublishedDate.Offset(published));
    }
}
