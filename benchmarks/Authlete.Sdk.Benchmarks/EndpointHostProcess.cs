using System.Diagnostics;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// Starts, reads and stops the endpoint host child process (<see cref="EndpointHost"/>): the same executable with the
/// hidden command <c>endpoint-host</c>, launched from the apphost or through <c>dotnet Authlete.Sdk.Benchmarks.dll</c>.
/// </summary>
internal static class EndpointHostProcess
{
    /// <summary>Starts the host against the Authlete at <paramref name="authlete"/>, its stdin and stdout redirected.</summary>
    public static Process Start(Uri authlete)
    {
        // The same executable: the apphost (dotnet run), or "dotnet Authlete.Sdk.Benchmarks.dll".
        string processPath = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this executable is unknown.");
        var start = new ProcessStartInfo(processPath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        if (string.Equals(Path.GetFileNameWithoutExtension(processPath), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(EndpointHarness).Assembly.Location);
        }

        start.ArgumentList.Add("endpoint-host");
        start.ArgumentList.Add("--authlete");
        start.ArgumentList.Add(authlete.ToString());
        return Process.Start(start) ?? throw new InvalidOperationException("The endpoint host did not start.");
    }

    /// <summary>Waits (up to 60 s) for the host's <c>listening</c> line: its address and settings; forwards anything else it prints.</summary>
    public static async Task<(Uri Address, string Settings)> ReadAddressAsync(Process host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await host.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
        {
            if (line.StartsWith(EndpointHost.ListeningLine, StringComparison.Ordinal))
            {
                // Anything else the host prints goes to this console.
                _ = Task.Run(async () =>
                {
                    while (await host.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } more)
                    {
                        Console.WriteLine("[host] " + more);
                    }
                });
                string[] parts = line[EndpointHost.ListeningLine.Length..].Split(' ', 2);
                return (new Uri(parts[0]), parts.Length > 1 ? parts[1] : string.Empty);
            }

            Console.WriteLine("[host] " + line);
        }

        throw new InvalidOperationException($"The endpoint host exited (code {(host.HasExited ? host.ExitCode : -1)}) before it served.");
    }

    /// <summary>Closes the host's stdin (a graceful stop) and kills it if it has not exited 10 s later.</summary>
    public static void Stop(Process host)
    {
        if (host.HasExited)
        {
            return;
        }

        // End of input stops the host gracefully; kill it if it does not stop in time.
        host.StandardInput.Close();
        if (!host.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            host.Kill(entireProcessTree: true);
            host.WaitForExit();
        }
    }
}
