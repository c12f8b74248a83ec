using Generator.Cli;
using Generator.IO;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CliApp.RunAsync(args, Console.Out, Console.Error, new PhysicalFileSystem(), new SystemClock(), cancellation.Token);
