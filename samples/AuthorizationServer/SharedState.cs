using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Authlete.Samples.AuthorizationServer;

/// <summary>
/// What the server's instances share (docs/deployment.md): the CIBA requests waiting for the user's decision
/// (<c>ICibaPendingRequestStore</c> over <see cref="IDistributedCache"/>) and the data protection keys that sign the
/// verification page's antiforgery tokens. With <c>Sample:Redis</c> (a StackExchange.Redis configuration string such as
/// <c>127.0.0.1:6379</c>) both live in Redis and any number of instances serve the same users; without it they live in
/// this process, which is right for one instance only.
/// </summary>
public static class SharedState
{
    /// <summary>The configuration key of the Redis connection.</summary>
    public const string RedisKey = "Sample:Redis";

    /// <summary>The health endpoint for the load balancer.</summary>
    public const string HealthPath = "/healthz";

    /// <summary>The prefix of every key this server writes in Redis.</summary>
    public const string KeyPrefix = "authlete-sample:";

    /// <summary>Registers the distributed cache, the data protection key ring and the health check.</summary>
    /// <param name="builder">The application builder.</param>
    public static void Configure(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IHealthChecksBuilder health = builder.Services.AddHealthChecks();
        string? redis = builder.Configuration[RedisKey];
        if (string.IsNullOrWhiteSpace(redis))
        {
            builder.Services.AddDistributedMemoryCache();
            builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();   // one instance: keys in memory
            return;
        }

        // One connection for the cache and the key ring, opened on first use (the server starts while Redis restarts).
        ConfigurationOptions options = ConfigurationOptions.Parse(redis);
        options.AbortOnConnectFail = false;
        var connection = new SharedRedisConnection(options);
        builder.Services.AddSingleton(_ => connection);   // created by a factory, so the container closes it at the end
        builder.Services.AddStackExchangeRedisCache(o =>
        {
            o.ConfigurationOptions = options;
            o.ConnectionMultiplexerFactory = connection.GetAsync;
            o.InstanceName = KeyPrefix;
        });

        // Every instance must read the antiforgery tokens the others wrote: one application name, one key ring.
        builder.Services.AddDataProtection()
            .SetApplicationName("authlete-sample")
            .PersistKeysToStackExchangeRedis(() => connection.GetAsync().GetAwaiter().GetResult().GetDatabase(), KeyPrefix + "data-protection-keys");
        health.AddCheck<SharedStoreHealthCheck>("shared-store");
    }
}

/// <summary>The one Redis connection of the cache and the key ring: opened on first use, closed with the application.</summary>
/// <param name="options">The connection settings.</param>
internal sealed class SharedRedisConnection(ConfigurationOptions options) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(async () => await ConnectionMultiplexer.ConnectAsync(options));

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }
}

/// <summary>Healthy when the shared store answers a read within the check's time.</summary>
/// <param name="cache">The shared cache.</param>
internal sealed class SharedStoreHealthCheck(IDistributedCache cache) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await cache.GetAsync(SharedState.KeyPrefix + "health", timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is RedisException or OperationCanceledException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The shared store does not answer.", ex);
        }
    }
}
