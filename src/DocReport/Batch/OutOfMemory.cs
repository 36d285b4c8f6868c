namespace DocReport.Batch;

/// <summary>
/// Running out of memory, told as a reason a user can act on rather than an internal error to report: the memory the
/// process may use (a container's limit, <c>DOTNET_GCHeapHardLimit</c>) was too small for what was being done. .NET
/// throws <see cref="OutOfMemoryException"/>, or, when it struck in a type's static initialiser, wraps it in a
/// <see cref="TypeInitializationException"/>; that type then stays broken for the run, so each later document is given
/// the same reason.
/// </summary>
internal static class OutOfMemory
{
    /// <summary>Whether <paramref name="e"/> is, or was caused by, running out of memory.</summary>
    public static bool Is(Exception e)
    {
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
            if (cause is OutOfMemoryException) return true;
        return false;
    }

    /// <summary>The reason: what ran out (<paramref name="doing"/>: "converting it"), the memory allowed, what to do.</summary>
    public static string Reason(string doing, string advice) =>
        $"out of memory {doing} (this process may use {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >> 20} MB); {advice}";

    /// <summary>For one document, which may fit when it is converted alone or given more memory.</summary>
    public static string ForDocument() => Reason("converting it", "convert it alone (--jobs 1), or where more memory is available");
}
