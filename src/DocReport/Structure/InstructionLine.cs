using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises a short instruction to the reader about the page itself ("Then, click Preferences.",
/// "Tap to expand", "Klicken Sie hier"): a few words around a click or tap.
/// </summary>
internal static partial class InstructionLine
{
    private const int MaxWords = 12;

    public static bool Matches(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords && Instruction().IsMatch(line);

    // "Click" and "tap" in English, German, French, Spanish and Italian.
    [GeneratedRegex(@"\b(?:click|tap|klicken|klicke|klick|cliquez|cliquer|haga clic|haz clic|clicca)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();
}
