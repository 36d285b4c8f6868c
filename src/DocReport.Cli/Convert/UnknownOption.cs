using System.CommandLine;
using System.CommandLine.Parsing;

namespace DocReport.Cli.Convert;

/// <summary>The same error for a mistyped option in <c>convert</c> and <c>merge</c>, naming the option meant.</summary>
internal static class UnknownOption
{
    /// <summary>
    /// An INPUT (or merge DIR) that looks like an option ("--formt", "--bogus") is a mistyped option, not a file: System.CommandLine
    /// gives a token it does not know to the argument. A file whose name starts with '-' can follow "--".
    /// </summary>
    public static string? Find(ParseResult parsed, Argument<string[]> inputs, string inputNoun)
    {
        var inputTokens = parsed.GetResult(inputs)?.Tokens ?? [];
        var beforeDoubleDash = parsed.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash);
        var option = beforeDoubleDash.FirstOrDefault(t => inputTokens.Contains(t) && t.Value.Length > 1 && t.Value[0] == '-');
        if (option is null) return null;
        var name = parsed.CommandResult.Command.Name;
        var meant = parsed.CommandResult.Command.Options.SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal))
            .Select(n => (Name: n, Distance: EditDistance(n, option.Value))).Where(n => n.Distance <= 2).OrderBy(n => n.Distance).Select(n => n.Name).FirstOrDefault();
        return $"unknown option '{option.Value}' ({(meant is not null ? $"did you mean {meant}?" : $"docreport {name} --help lists the options")}; "
            + $"{inputNoun} whose name starts with '-' goes after '--': {name} -- {option.Value})";
    }

    // Letters inserted, deleted or changed to turn one word into the other (Levenshtein).
    internal static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
                (diagonal, row[j]) = (row[j], Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)));
        }
        return row[b.Length];
    }
}
