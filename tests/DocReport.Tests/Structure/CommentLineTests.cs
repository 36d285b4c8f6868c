using DocReport.Structure;

namespace DocReport.Tests.Structure;

/// <summary>Round 44: a short line ending in a colon about a comment is a prompt to the reader unless someone named made the comment.</summary>
public class CommentLineTests
{
    private static readonly BoilerplateFilter Filter = BoilerplateFilter.Default;

    [Theory]
    [InlineData("Leave a comment:")]
    [InlineData("Post your comment:")]
    [InlineData("Add a comment below:")]
    public void A_prompt_to_comment_is_furniture(string line) => Assert.True(Filter.IsFurniture(line));

    [Theory]
    [InlineData("Okafor made the following comment:")]
    [InlineData("The harbour master gave this comment:")]
    [InlineData("Velt later issued a brief comment:")]
    public void A_comment_someone_made_introduces_their_words(string line) => Assert.False(Filter.IsFurniture(line));
}
