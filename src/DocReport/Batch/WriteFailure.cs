namespace DocReport.Batch;

/// <summary>
/// Why an output could not be written, in the user's terms: the output it was for, not the staging file the system names
/// (<c>.docreport/staging-0-of-1/&lt;id&gt;/brief.pdf</c>), and a full disk said as such, with what to do.
/// </summary>
internal static class WriteFailure
{
    // errno ENOSPC and EDQUOT on Linux (.NET gives the errno as the HResult there), ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.
    private static readonly int[] DiskFullCodes = [28, 122, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    /// <summary>The reason for <paramref name="e"/>, met while writing <paramref name="output"/> (a document's folder, or the batch outputs' folder).</summary>
    public static string Reason(Exception e, string output) =>
        IsDiskFull(e)
            ? $"cannot write {output}: the disk is full; free some space (or give -o a folder on another disk) and run the same command again, which keeps what was written"
            : $"cannot write {output}: {WithoutPath(e.Message)}";

    /// <summary>Whether <paramref name="e"/> says the disk (or the user's quota on it) is full.</summary>
    public static bool IsDiskFull(Exception e) => e is IOException && DiskFullCodes.Contains(e.HResult);

    // .NET appends the file to the system's reason ("No space left on device : '/out/.docreport/staging-0-of-1/…/brief.pdf'"):
    // a staging file means nothing to the user, who is told the output instead.
    private static string WithoutPath(string message)
    {
        var at = message.IndexOf(" : '", StringComparison.Ordinal);
        return (at > 0 && message.EndsWith('\'') ? message[..at] : message).TrimEnd('.');
    }
}
