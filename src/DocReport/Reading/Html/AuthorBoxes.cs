using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// The box a template sets beside an article to present its author: a picture, a few lines about them ("Ann Roe reports
/// on the harbour. Follow her on Instagram.") and links to their accounts on social networks or their mail. Told by that
/// shape, not by a class name: a short box that holds a picture and links to two accounts or more (<see cref="SocialAccounts"/>,
/// <c>mailto:</c>). A paragraph that links to accounts, a box of accounts without a picture (a call to follow) and a longer
/// box (a profile of the person the article is about) stay, and so does a box holding the title or half the article's text:
/// the article itself.
/// </summary>
internal static class AuthorBoxes
{
    private const int MaxBoxLength = 600;
    private const int MinAccounts = 2;

    private static readonly HashSet<string> BoxTags = ["div", "section", "aside", "footer"];

    /// <summary>Removes the author's boxes of <paramref name="article"/>: for each link to an account, the largest box around it.</summary>
    public static void Remove(IElement article)
    {
        var articleLength = article.InnerTextLength();
        foreach (var link in article.GetElementsByTagName("a").Where(a => IsAccount(a.GetAttribute("href"))).ToList())
        {
            if (!article.Contains(link)) continue;
            IElement? box = null;
            for (var e = link.ParentElement; e is not null && e != article && e.InnerTextLength() <= MaxBoxLength; e = e.ParentElement)
                if (BoxTags.Contains(e.LocalName) && e.CountElements("img") > 0 && Accounts(e) >= MinAccounts) box = e;
            if (box is not null && box.InnerTextLength() * 2 < articleLength && box.DescendantElements(e => e.LocalName == ArticleLead.TitleMark).Count == 0)
                box.Remove();
        }
    }

    private static int Accounts(IElement box) =>
        box.GetElementsByTagName("a").Select(a => a.GetAttribute("href")?.Trim()).Where(IsAccount).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    private static bool IsAccount(string? href) =>
        href is not null && (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) && SocialAccounts.IsAccountOrApp(uri));
}
