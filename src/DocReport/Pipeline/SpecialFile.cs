using System.Formats.Tar;

namespace DocReport.Pipeline;

/// <summary>Tells a named pipe or a device from an empty file: all have a length of 0, and opening a pipe waits for a writer.</summary>
internal static class SpecialFile
{
    /// <summary>Why <paramref name="path"/>, whose length is 0, is no article file, or null when it is an ordinary empty file.</summary>
    public static string? Refusal(string path) => KindOf(path) switch
    {
        TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile => null,
        TarEntryType.Fifo => $"a named pipe, not a file (reading it would wait for a writer): send its content to standard input instead, docreport convert - < {path}",
        TarEntryType.CharacterDevice or TarEntryType.BlockDevice => "a device, not a file",
        _ => "not a regular file",
    };

    // .NET's file API tells files, folders and links apart but no other kinds; a tar entry records the kind (from lstat)
    // and opens no pipe or device to write it. A kind tar has no entry for (a socket) is no regular file either.
    private static TarEntryType? KindOf(string path)
    {
        try
        {
            using var tar = new MemoryStream();
            using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true)) writer.WriteEntry(path, "entry");
            tar.Position = 0;
            using var reader = new TarReader(tar);
            return reader.GetNextEntry()?.EntryType;
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }
}
