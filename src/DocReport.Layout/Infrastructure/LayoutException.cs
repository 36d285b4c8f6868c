namespace DocReport.Layout;

/// <summary>Content that cannot be laid out (it never fits a page, or no usable font exists); the message says what to change.</summary>
public sealed class LayoutException : Exception
{
    /// <summary>Creates the exception with a message that names the element and what to change.</summary>
    public LayoutException(string message) : base(message) { }
}
