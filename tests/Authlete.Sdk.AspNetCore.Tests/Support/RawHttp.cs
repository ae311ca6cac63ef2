using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Authlete.Sdk.AspNetCore.Tests.Support;

/// <summary>Sends HTTP/1.1 bytes HttpClient will not send (broken chunking, a body cut short) and reads the answer.</summary>
public static class RawHttp
{
    public sealed record Response(int Status, string Head, string Body)
    {
        public string? Header(string name) => Head.Split("\r\n")
            .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            .Select(line => line[(name.Length + 1)..].Trim())
            .FirstOrDefault();
    }

    /// <summary>Writes <paramref name="request"/> and reads the answer.</summary>
    public static async Task<Response> SendAsync(Uri address, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        NetworkStream stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        // Reads the head, then Content-Length bytes of body: the server may reset the connection right after answering.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = new List<byte>();
        byte[] buffer = new byte[4096];
        int headEnd = -1;
        int contentLength = 0;
        while (headEnd < 0 || received.Count < headEnd + 4 + contentLength)
        {
            int read = await stream.ReadAsync(buffer, timeout.Token);
            read.Should().BePositive("the server should send a complete answer, got: {0}", Encoding.UTF8.GetString([.. received]));
            received.AddRange(buffer.AsSpan(0, read));
            if (headEnd < 0 && (headEnd = Encoding.ASCII.GetString([.. received]).IndexOf("\r\n\r\n", StringComparison.Ordinal)) >= 0)
            {
                var head = new Response(0, Encoding.ASCII.GetString([.. received], 0, headEnd), "");
                contentLength = int.Parse(head.Header("Content-Length") ?? "0", CultureInfo.InvariantCulture);
            }
        }

        string text = Encoding.UTF8.GetString([.. received]);
        string headText = text[..headEnd];
        return new Response(int.Parse(headText.Split(' ')[1], CultureInfo.InvariantCulture), headText, text[(headEnd + 4)..]);
    }

    /// <summary>Connects and writes <paramref name="request"/>, leaving the connection open.</summary>
    public static async Task<TcpClient> SendHeadAsync(Uri address, string request)
    {
        var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(request));
        return client;
    }

    /// <summary>Resets the connection (TCP RST), as a client that crashed or gave up.</summary>
    public static void Reset(TcpClient client)
    {
        client.Client.LingerState = new LingerOption(true, 0);
        client.Client.Close();
    }
}
