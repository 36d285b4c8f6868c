namespace DocReport.Layout;

/// <summary>Content that cannot be laid out (it never fits a page, or no usable font exists); the message says what to change.</summary>
public class LayoutException : Exception
{
    /// <summary>Creates the exception with a message that names the element and what to change.</summary>
    public LayoutException(string message) : base(message) { }
}

/// <summary>The content needs more pages than the document allows (<see cref="DocumentDescriptor.MaxPages"/>); a caller may shorten it and try again.</summary>
public sealed class PageLimitException : LayoutException
{
    /// <summary>Creates the exception for a document limited to <paramref name="maxPages"/> pages.</summary>
    public PageLimitException(int maxPages)
        : base($"The document needs more than {maxPages} pages; raise the limit or shorten the content.") => MaxPages = maxPages;

    /// <summary>The page limit that was reached.</summary>
    public int MaxPages { get; }
}
