using System.CommandLine;
using System.CommandLine.Parsing;
using DocReport.Cli.Convert;

namespace DocReport.Cli;

/// <summary>
/// What to type instead, for the mistakes a newcomer makes first, where System.CommandLine's own words do not say it: a
/// mistyped command ("Required command was not provided" and "Unrecognized command or argument 'convrt'") and a command
/// given nothing to work on ("Required argument missing for command: 'convert'").
/// </summary>
internal static class CommandErrors
{
    /// <summary>One line for such a mistake; null for any other, whose own messages are printed.</summary>
    public static string? Rephrase(ParseResult parsed, Command root)
    {
        var command = parsed.CommandResult.Command;
        var commands = root.Subcommands.Select(c => c.Name).ToList();
        if (command == root && parsed.Tokens.FirstOrDefault() is { Type: not TokenType.Option } first && !first.Value.StartsWith('-'))
        {
            var meant = commands.Select(c => (Name: c, Distance: UnknownOption.EditDistance(c, first.Value)))
                .Where(c => c.Distance <= 2).OrderBy(c => c.Distance).Select(c => c.Name).FirstOrDefault();
            return $"unknown command '{first.Value}' ({(meant is not null ? $"did you mean {meant}?" : $"the commands are {string.Join(" and ", commands)}")})";
        }
        if (command == root && parsed.Tokens.Count == 0)
            return $"no command given: docreport {string.Join(" or ", commands)}, followed by what to work on (docreport --help says what each does)";
        if (command != root && command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0) is { } argument
            && (parsed.GetResult(argument)?.Tokens.Count ?? 0) == 0)
            return $"{command.Name} needs {argument.Name}: {char.ToLowerInvariant(argument.Description![0])}{argument.Description[1..].TrimEnd('.')} "
                + $"(docreport {command.Name} --help)";
        return null;
    }
}
