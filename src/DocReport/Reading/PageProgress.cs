namespace DocReport.Reading;

/// <summary>
/// Tells the conversion running on this thread how far a reader has got through a document's pages (a PDF's: a book of
/// 2,000 pages reads for half a minute), where <see cref="Pipeline.IDocumentReader"/> has no room for it. The pipeline
/// listens around its reading; a reader with no listener pays a field read per page.
/// </summary>
internal static class PageProgress
{
    [ThreadStatic] private static Action<int, int>? listener;

    /// <summary>Hears each page read on this thread (pages read, of all) until the scope is disposed; null hears nothing.</summary>
    public static Scope Listen(Action<int, int>? heard)
    {
        var before = listener;
        listener = heard;
        return new Scope(before);
    }

    /// <summary>A reader has read <paramref name="done"/> of <paramref name="pages"/> pages.</summary>
    public static void Read(int done, int pages) => listener?.Invoke(done, pages);

    /// <summary>Puts back the listener there was before.</summary>
    public readonly struct Scope(Action<int, int>? before) : IDisposable
    {
        public void Dispose() => listener = before;
    }
}
