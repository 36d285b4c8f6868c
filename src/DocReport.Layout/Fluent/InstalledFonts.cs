using DocReport.Layout.Text;

namespace DocReport.Layout;

/// <summary>The font families the layout engine can use on this machine.</summary>
public static class InstalledFonts
{
    /// <summary>True when <paramref name="family"/> is installed under that exact name (case-insensitive).</summary>
    public static bool Contains(string family) => FontCatalog.Shared.IsInstalled(family);
}
