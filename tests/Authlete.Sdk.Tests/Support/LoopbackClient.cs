using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Tests.Support;

/// <summary>
/// The client built the way an application builds it, through <c>AddAuthleteClient</c> (so with the default resilience
/// pipeline), pointed at a loopback address, with small timeouts. A handler inside the pipeline counts the attempts.
/// </summary>
public sealed class LoopbackClient : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AttemptCounter _counter;

    private LoopbackClient(ServiceProvider provider, AttemptCounter counter)
    {
        _provider = provider;
        _counter = counter;
        Api = provider.GetRequiredService<IAuthleteApi>();
    }

    public IAuthleteApi Api { get; }

    /// <summary>How many attempts left the client (each retry is one more), whether or not they reached a server.</summary>
    public int Attempts => _counter.Count;

    public ICibaNotificationSender NotificationSender => _provider.GetRequiredService<ICibaNotificationSender>();

    public static LoopbackClient Create(
        Uri address,
        Action<AuthleteOptions>? configure = null,
        ILoggerProvider? logs = null,
        Action<IServiceCollection>? services = null,
        Action<HttpResponseMessage>? onHeaders = null,
        Action<IHttpClientBuilder>? configureClient = null)
    {
        var collection = new ServiceCollection();
        if (logs is not null)
        {
            collection.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }

        var counter = new AttemptCounter();
        IHttpClientBuilder builder = collection.AddAuthleteClient(options =>
            {
                options.BaseAddress = address;
                options.AllowInsecureHttp = true;
                options.ServiceId = FaultServer.ServiceId;
                options.ServiceAccessToken = FaultServer.AccessToken;
                options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(2);
                options.Resilience.TotalTimeout = TimeSpan.FromSeconds(5);
                options.Resilience.MaxRetryAttempts = 2;
                options.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
                options.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(1);
                configure?.Invoke(options);
            })
            .AddHttpMessageHandler(() => new CountingHandler(counter, onHeaders));
        configureClient?.Invoke(builder);
        services?.Invoke(collection);
        return new LoopbackClient(collection.BuildServiceProvider(), counter);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private sealed class AttemptCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Increment() => Interlocked.Increment(ref _count);
    }

    private sealed class CountingHandler(AttemptCounter counter, Action<HttpResponseMessage>? onHeaders) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Increment();
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            onHeaders?.Invoke(response);
            return response;
        }
    }
}
