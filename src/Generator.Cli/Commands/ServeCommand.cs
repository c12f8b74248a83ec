using System.CommandLine;
using Generator.Cli.Serve;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary><c>serve [--input DIR] [--theme DIR] [--port N]</c>: build, serve on 127.0.0.1, rebuild on change, reload open pages.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, IFileSystem fileSystem, IClock clock)
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1; the next free one is taken when it is busy.", DefaultValueFactory = _ => 1313 };
        var command = new Command("serve", "Build, serve on 127.0.0.1 and rebuild on every change, with live reload.") { port };
        site.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            new DevServer(fileSystem, clock, stdout).RunAsync(parse.GetValue(site.Input)!, parse.GetValue(site.Theme)!, parse.GetValue(port), cancellationToken));
        return command;
    }
}
