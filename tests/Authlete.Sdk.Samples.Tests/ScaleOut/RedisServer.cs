using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

using Authlete.Sdk.Samples.Tests.Support;

namespace Authlete.Sdk.Samples.Tests.ScaleOut;

/// <summary>
/// A real <c>redis-server</c> (Debian's package) on 127.0.0.1 and a free port, without persistence, started for the
/// tests and stopped by its process id. When the program is missing it is installed (<see cref="SystemPackage"/>: apt-get
/// when this process runs as root); otherwise the start fails with what to install.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;
    private bool _stopped;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port it listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>The process id, for the test that checks it is stopped.</summary>
    public int ProcessId => _process.Id;

    public static async Task<RedisServer> StartAsync()
    {
        string program = await new SystemPackage("redis-server", "redis-server").EnsureAsync();
        int port = FreePort();
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes", "--loglevel", "warning"])
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, port);
        for (int i = 0; i < 200; i++)
        {
            if (process.HasExited)
            {
                break;
            }

            if (await server.PingAsync())
            {
                return server;
            }

            await Task.Delay(25);
        }

        await server.DisposeAsync();
        lock (output)
        {
            throw new InvalidOperationException($"redis-server did not answer PING on {server.Configuration}: {output}");
        }
    }

    /// <summary>Sends PING over a raw socket and expects +PONG.</summary>
    public async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            NetworkStream stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            byte[] buffer = new byte[16];
            int read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();   // this process only, by its id
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
