namespace DocReport.Batch;

/// <summary>Folders the batch writes into must be real folders: a symbolic link planted in their place would send writes elsewhere.</summary>
internal static class SafeFolder
{
    /// <summary>Creates <paramref name="path"/> as a real folder, removing a symbolic link (never its target) found in its place.</summary>
    public static string Ensure(string path)
    {
        RemoveLink(path);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes <paramref name="path"/> when it is a symbolic link; true when it was.</summary>
    public static bool RemoveLink(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is null) return false;
        info.Delete();
        return true;
    }

    /// <summary>Deletes a folder and everything in it (or a file or link) without following a symbolic link inside it.</summary>
    public static void Delete(string path)
    {
        if (RemoveLink(path)) return;
        if (File.Exists(path)) File.Delete(path);
        if (!Directory.Exists(path)) return;
        foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo { LinkTarget: null } folder) Delete(folder.FullName);
            else entry.Delete();
        }
        Directory.Delete(path);
    }
}
