using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocReport.Reading.Html;

namespace DocReport.Tests.Reading.Html;

/// <summary>Walking a flat page costs a few looks a sibling, not a scan of the siblings before each one.</summary>
public class SiblingsTests
{
    private const int Paragraphs = 5_000;

    private static IElement FlatArticle() =>
        new HtmlParser().ParseDocument("<html><body><article>"
            + string.Concat(Enumerable.Range(1, Paragraphs).Select(i => $"<p>Lock gate {i} was <b>painted</b> in spring.</p>\n"))
            + "</article></body></html>").QuerySelector("article")!;

    [Fact]
    public void A_walk_in_document_order_looks_at_each_sibling_a_few_times()
    {
        var article = FlatArticle();
        var visited = 0;
        var before = Siblings.Looks;

        for (var e = article.FirstElementChild; e is not null; e = e.NextElement()) visited++;

        Assert.Equal(2 * Paragraphs, visited);
        Assert.InRange(Siblings.Looks - before, 1, 10L * Paragraphs);
    }

    [Fact]
    public void A_walk_that_removes_every_other_paragraph_stays_linear_and_keeps_the_rest_in_order()
    {
        var article = FlatArticle();
        var before = Siblings.Looks;

        var index = 0;
        for (var e = article.FirstElementChild; e is not null; index++)
            e = index % 2 == 0 ? e.RemoveAndGetNext() : e.NextElement(skipChildren: true);

        Assert.Equal(Paragraphs / 2, article.ChildElementCount);
        Assert.Equal(["Lock gate 2 was painted in spring.", "Lock gate 4 was painted in spring."], article.Children.Take(2).Select(p => p.TextContent));
        Assert.InRange(Siblings.Looks - before, 1, 10L * Paragraphs);
    }

    [Fact]
    public void Sibling_steps_agree_with_the_dom()
    {
        var article = FlatArticle();
        var children = article.Children.ToList();

        for (var i = 0; i < children.Count; i += 7)
        {
            Assert.Same(children[i].NextElementSibling, Siblings.NextElement(children[i]));
            Assert.Same(children[i].NextSibling, Siblings.Next(children[i]));
        }
    }
}
