using System.Diagnostics;

namespace Generator.Publishing.Pdf;

/// <summary>
/// One headless Chromium with a throwaway profile and its DevTools endpoint on loopback; disposing
/// it kills the process tree and deletes the profile.
/// </summary>
internal sealed class ChromiumProcess : IDisposable
{
    private const string Listening = "DevTools listening on ";
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _lastErrors = new();

    private ChromiumProcess(Process process, string profile)
    {
        _process = process;
        Profile = profile;
    }

    public string Profile { get; }

    public int Id => _process.Id;

    /// <summary>Starts Chromium and waits until it says where its DevTools endpoint is.</summary>
    public static async Task<ChromiumProcess> StartAsync(string executable, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("pdf-chromium-").FullName;
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in Arguments(profile))
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PdfPrintException($"Chromium did not start ({executable})");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Directory.Delete(profile, recursive: true);
            throw new PdfPrintException($"Chromium did not start ({executable}): {e.Message}", e);
        }

        var chromium = new ChromiumProcess(process, profile);
        process.ErrorDataReceived += (_, line) => chromium.OnError(line.Data);
        process.OutputDataReceived += (_, _) => { };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => chromium._address.TrySetException(new PdfPrintException(chromium.DescribeEnd()));
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            await chromium._address.Task.WaitAsync(timeout, cancellationToken);
            return chromium;
        }
        catch (TimeoutException)
        {
            chromium.Dispose();
            throw new PdfPrintException($"Chromium did not open its DevTools endpoint within {timeout.TotalSeconds:0} s ({executable})");
        }
        catch
        {
            chromium.Dispose();
            throw;
        }
    }

    /// <summary>The DevTools WebSocket address of the browser.</summary>
    public Task<Uri> Address => _address.Task;

    /// <summary>Says why Chromium went away: its exit code and last message.</summary>
    public string DescribeEnd()
    {
        string? last;
        lock (_lastErrors)
        {
            last = _lastErrors.LastOrDefault(line => !line.Contains("dbus", StringComparison.OrdinalIgnoreCase)) ?? _lastErrors.LastOrDefault();
        }

        // A closed connection usually means the process is ending: give it a moment to be seen as ended.
        var ended = _process.HasExited || _process.WaitForExit(1000);
        var exit = ended ? $"exited with code {_process.ExitCode}" : "closed its DevTools connection";
        return last is null ? $"Chromium {exit}" : $"Chromium {exit}: {last}";
    }

    private static IEnumerable<string> Arguments(string profile)
    {
        yield return "--headless";
        yield return "--disable-gpu";
        yield return "--no-first-run";
        yield return "--no-default-browser-check";
        yield return "--disable-background-networking";
        yield return "--disable-component-update";
        yield return "--disable-sync";
        yield return "--disable-extensions";
        yield return "--disable-default-apps";
        yield return "--disable-domain-reliability";
        yield return "--disable-breakpad";
        yield return "--metrics-recording-only";
        yield return "--mute-audio";
        yield return "--hide-scrollbars";
        yield return "--remote-debugging-address=127.0.0.1";
        yield return "--remote-debugging-port=0";
        yield return "--user-data-dir=" + profile;
        if (RunsAsRoot())
        {
            // Chromium's sandbox refuses to run as root; a root container has nothing to protect from it anyway.
            yield return "--no-sandbox";
        }

        yield return "about:blank";
    }

    private static bool RunsAsRoot() => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    private void OnError(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith(Listening, StringComparison.Ordinal) && Uri.TryCreate(line[Listening.Length..].Trim(), UriKind.Absolute, out var address))
        {
            _address.TrySetResult(address);
        }

        lock (_lastErrors)
        {
            _lastErrors.Enqueue(line);
            while (_lastErrors.Count > 20)
            {
                _lastErrors.Dequeue();
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }

        _process.Dispose();
        for (var attempt = 0; attempt < 10 && Directory.Exists(Profile); attempt++)
        {
            try
            {
                Directory.Delete(Profile, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A process of the tree may still be closing a file.
                Thread.Sleep(100);
            }
        }
    }
}
