using System.CommandLine;
using Generator.Diagnostics;

namespace Generator.Cli;

/// <summary>A did-you-mean for a mistyped command or option.</summary>
public static class UsageHints
{
    /// <summary>The one error to show when the first word is not a command (System.CommandLine reports two).</summary>
    public static string? UnknownCommand(Command root, string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && root.Subcommands.All(c => c.Name != args[0]) ? $"'{args[0]}' is not a command" : null;

    public static string? Suggest(Command root, ParseResult parse, string[] args)
    {
        var commands = root.Subcommands.Select(c => c.Name).ToList();
        if (args.Length > 0 && !args[0].StartsWith('-') && !commands.Contains(args[0]))
        {
            return DidYouMean.Suggest(args[0], commands) is { } command
                ? $"Did you mean '{CliApp.ProgramName} {command}'?"
                : $"The commands are: {string.Join(", ", commands)}.";
        }

        var options = parse.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct().ToList();
        foreach (var token in parse.UnmatchedTokens.Where(t => t.StartsWith("--", StringComparison.Ordinal)))
        {
            if (DidYouMean.Suggest(token, options) is { } option)
            {
                return $"Did you mean '{option}'?";
            }
        }

        return null;
    }
}
