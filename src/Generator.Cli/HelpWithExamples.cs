using System.CommandLine;
using System.CommandLine.Invocation;

namespace Generator.Cli;

/// <summary><c>--help</c>: System.CommandLine's help, then the command's examples and the exit codes.</summary>
public sealed class HelpWithExamples(SynchronousCommandLineAction help, string program) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var code = help.Invoke(parseResult);
        var command = parseResult.CommandResult.Command;
        CommandHelp.Write(parseResult.InvocationConfiguration.Output, program, command.Parents.Any() ? command.Name : string.Empty);
        return code;
    }
}
