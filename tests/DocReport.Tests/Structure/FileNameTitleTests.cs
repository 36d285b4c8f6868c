using DocReport.Structure;

namespace DocReport.Tests.Structure;

public sealed class FileNameTitleTests
{
    [Theory]
    [InlineData("report_final_v2")]
    [InlineData("Q3_board_minutes")]
    [InlineData("minutes_2026-03-01")]
    [InlineData("Microsoft Word - harbour plan")]
    [InlineData("slides.pptx")]
    [InlineData("Untitled")]
    [InlineData("Document1")]
    public void A_title_that_names_a_file_is_no_title(string title) => Assert.True(FileNameTitle.Matches(title));

    [Theory]
    [InlineData("城市交通新规_晚报网")]
    [InlineData("港口扩建计划_新闻中心")]
    [InlineData("Harbour plan approved after long debate")]
    [InlineData("What the C_5 rule means for drivers")]
    public void A_headline_is_kept_even_with_an_underscore_in_it(string title) => Assert.False(FileNameTitle.Matches(title));
}
