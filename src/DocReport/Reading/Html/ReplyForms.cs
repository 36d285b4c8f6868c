using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// A form for a reader's reply (a text area and a button to send it) is no part of the article, nor is the box that holds
/// it with its own few lines ("Leave a comment", "No comments yet"); the text area goes anyway, these lines stayed.
/// </summary>
internal static class ReplyForms
{
    private const int MaxTextBesideBox = 200; // characters of the box's own lines beside the form

    public static void Remove(IElement article)
    {
        var articleLength = article.InnerTextLength();
        var forms = article.DescendantElements(e => e.LocalName == "form" && IsReplyForm(e));
        foreach (var form in forms.Where(f => f.ParentElement is not null && article.Contains(f)))
        {
            if (HoldsArticle(form, articleLength)) continue;
            var box = form;
            while (box.ParentElement is { } parent && parent != article && !HoldsArticle(parent, articleLength)
                && parent.InnerTextLength() - box.InnerTextLength() <= MaxTextBesideBox)
                box = parent;
            box.Remove();
        }
    }

    private static bool IsReplyForm(IElement form) =>
        form.DescendantElements(e => e.LocalName == "textarea").Count > 0
        && form.DescendantElements(e => e.LocalName == "button" || (e.LocalName == "input" && (e.GetAttribute("type") ?? "").Equals("submit", StringComparison.OrdinalIgnoreCase))).Count > 0;

    // A page wrapped whole in one form (ASP.NET's) or a box holding the title heading or half the text is the article's own.
    private static bool HoldsArticle(IElement box, int articleLength) =>
        box.DescendantElements(e => e.LocalName == ArticleLead.TitleMark).Count > 0 || box.InnerTextLength() * 2 >= articleLength;
}
