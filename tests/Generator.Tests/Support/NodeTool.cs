using System.Diagnostics;
using System.Text.Json;

namespace Generator.Tests.Support;

/// <summary>Runs a script from <c>tests/tools/</c> with Node.js and reads the JSON it prints.</summary>
public static class NodeTool
{
    public static JsonElement Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        start.ArgumentList.Add(Path.Combine(Repo.Root, "tests", "tools", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"{script} exited with {node.ExitCode}: {errors.Result}");
        return JsonDocument.Parse(output.Result).RootElement.Clone();
    }
}
