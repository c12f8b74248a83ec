using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using Generator.Cli.Serve;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary><c>serve [--input DIR] [--theme DIR] [--port N]</c>: build, serve on 127.0.0.1, rebuild on change, reload open pages.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, IFileSystem fileSystem, IClock clock)
    {
        var site = new SiteOptions(fileSystem);
        var port = new Option<int>("--port")
        {
            Description = "Port on 127.0.0.1, a number from 1 to 65535; the next free one is taken when it is busy.",
            DefaultValueFactory = _ => 1313,
            CustomParser = ParsePort,
        };
        var command = new Command("serve", "Build, serve on 127.0.0.1 and rebuild on every change, with live reload.") { port };
        site.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            new DevServer(fileSystem, clock, stdout).RunAsync(parse.GetValue(site.Input)!, parse.GetValue(site.Theme)!, parse.GetValue(port), cancellationToken));
        return command;
    }

    /// <summary>
    /// The port, or a usage error that says what is expected. A parser rather than a validator:
    /// a validator sees only what converted to a number, and the conversion's own error for
    /// 'abc' ("cannot parse ... as expected type 'System.Int32'") says nothing of the range.
    /// </summary>
    private static int ParsePort(ArgumentResult result)
    {
        var text = string.Join(" ", result.Tokens.Select(t => t.Value));
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= IPEndPoint.MaxPort)
        {
            return port;
        }

        result.AddError($"--port must be a number from 1 to {IPEndPoint.MaxPort}, not '{text}'.");
        return 0;
    }
}
