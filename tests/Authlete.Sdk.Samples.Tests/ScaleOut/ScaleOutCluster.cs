using Authlete.Samples.AuthorizationServer;
using Authlete.Sdk.Testing;

namespace Authlete.Sdk.Samples.Tests.ScaleOut;

/// <summary>
/// The deployment of docs/deployment.md on loopback: N sample-server instances that share one real Redis and call one
/// Authlete (the fake, served by Kestrel as a real Authlete would be), in "real Authlete" mode. A test plays the load
/// balancer by choosing the instance of each call.
/// </summary>
internal sealed class ScaleOutCluster : IAsyncDisposable
{
    private readonly List<SampleServer> _running = [];

    private ScaleOutCluster(RedisServer redis, FakeAuthleteServer authlete)
    {
        Redis = redis;
        Authlete = authlete;
    }

    public RedisServer Redis { get; }

    public FakeAuthleteServer Authlete { get; }

    /// <summary>The instances, in the order they started (a stopped one stays, at its index).</summary>
    public List<SampleServer> Instances { get; } = [];

    public SampleServer this[int index] => Instances[index];

    /// <summary>Starts Redis, the fake Authlete with the demo clients, and <paramref name="instances"/> sample servers.</summary>
    public static async Task<ScaleOutCluster> StartAsync(int instances, string logLevel = "Warning")
    {
        RedisServer redis = await RedisServer.StartAsync();
        FakeAuthleteServer authlete;
        try
        {
            authlete = await FakeAuthleteServer.StartAsync(DemoClients.CreateFakeAuthlete());
        }
        catch
        {
            await redis.DisposeAsync();
            throw;
        }

        var cluster = new ScaleOutCluster(redis, authlete);
        try
        {
            for (int i = 0; i < instances; i++)
            {
                await cluster.StartInstanceAsync(logLevel);
            }

            // The issuer and verification URI clients see; behind a balancer it would be the balancer's address.
            DemoClients.Register(authlete.Fake, cluster[0].BaseAddress, new Uri(cluster[0].BaseAddress, DemoClients.NotificationReceiverPath));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async Task<SampleServer> StartInstanceAsync(string logLevel = "Warning")
    {
        SampleServer server = await SampleAuthorizationServer.StartAsync(new()
        {
            UseEmbeddedFake = false,
            Settings = new Dictionary<string, string?>
            {
                ["Authlete:BaseAddress"] = Authlete.BaseAddress.ToString(),
                ["Authlete:AllowInsecureHttp"] = "true",   // the stand-in Authlete is http on loopback; a real one is https
                ["Authlete:ServiceId"] = Authlete.Fake.Settings.ServiceId,
                ["Authlete:ServiceAccessToken"] = Authlete.Fake.Settings.ServiceAccessToken,
                [SharedState.RedisKey] = Redis.Configuration,
                ["Logging:LogLevel:Default"] = logLevel,
            },
        });
        Instances.Add(server);
        _running.Add(server);
        return server;
    }

    /// <summary>Stops an instance gracefully, as an orchestrator does (SIGTERM): in-flight work is drained first.</summary>
    public async Task StopAsync(SampleServer instance)
    {
        if (_running.Remove(instance))
        {
            await instance.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (SampleServer server in _running.ToArray())
        {
            await StopAsync(server);
        }

        await Authlete.DisposeAsync();
        Authlete.Fake.Dispose();
        await Redis.DisposeAsync();
    }
}
