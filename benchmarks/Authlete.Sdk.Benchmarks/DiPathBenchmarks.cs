using System.Net.Http.Headers;
using System.Net.Http.Json;
using Authlete.Sdk.Benchmarks.Pocos;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// One whole <c>/backchannel/authentication/complete</c> call on the path the README shows, as a request handler makes
/// it: a DI scope per call, the client resolved from it. The baseline is the fair one for <c>AddAuthleteClient</c>: a
/// hand-built <see cref="IHttpClientFactory"/> named client with the same Polly v8 pipeline (total timeout, retry,
/// circuit breaker, attempt timeout; same settings, the predicates the SDK applies to a POST) added with <c>AddResilienceHandler</c>, the factory's
/// request loggers removed as the SDK removes them, and System.Text.Json source generation. Both answer from the same
/// in-process handler, so the ratio is what the SDK adds beyond the pipeline.
/// </summary>
[MemoryDiagnoser]
public class DiPathBenchmarks : IDisposable
{
    private const string ClientName = "hand-built";
    private const string ServiceId = "715948317";
    private const string ServiceAccessToken = "pDpxMYbI4Dkk6kSusfRdPU1FKsJVjD3ajAigqjwWqWk";
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private Authlete.Sdk.BackchannelAuthenticationCompleteRequest _request = null!;
    private Pocos.BackchannelAuthenticationCompleteRequest _poco = null!;
    private Uri _uri = null!;
    private ServiceProvider _sdkServices = null!;
    private ServiceProvider _handBuiltServices = null!;

    [GlobalSetup]
    public void Setup()
    {
        byte[] answer = Payloads.Utf8(Payloads.CibaCompleteResponse());
        _request = Payloads.CibaCompleteRequest();
        _poco = System.Text.Json.JsonSerializer.Deserialize(
            AuthleteJsonSerializer.Serialize(_request), PocoJsonContext.Default.BackchannelAuthenticationCompleteRequest)!;
        var options = new AuthleteOptions { ServiceId = ServiceId, ServiceAccessToken = ServiceAccessToken };
        _uri = new Uri(options.EffectiveBaseAddress, "api/" + ServiceId + "/backchannel/authentication/complete");

        var sdk = new ServiceCollection();
        sdk.AddAuthleteClient(o =>
            {
                o.ServiceId = ServiceId;
                o.ServiceAccessToken = ServiceAccessToken;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new CannedHandler(answer));
        _sdkServices = sdk.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        var handBuilt = new ServiceCollection();
        var resilience = new AuthleteResilienceOptions();
        handBuilt.AddHttpClient(ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new CannedHandler(answer))
            .RemoveAllLoggers()
            .AddResilienceHandler("pipeline", pipeline => SamePipeline.Add(pipeline, resilience));
        _handBuiltServices = handBuilt.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        // Both rows read the same answer.
        string expected = AuthleteJsonSerializer.Serialize(Payloads.CibaCompleteResponse());
        Payloads.AssertSameJson("hand-built", expected, System.Text.Json.JsonSerializer.Serialize(
            HandBuiltFactoryClient().GetAwaiter().GetResult(), PocoJsonContext.Default.BackchannelAuthenticationCompleteResponse));
        Payloads.AssertSameJson("sdk", expected, AuthleteJsonSerializer.Serialize(SdkAddAuthleteClient().GetAwaiter().GetResult()));
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _sdkServices.Dispose();
        _handBuiltServices.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// The fair floor: a scope, a factory-made named client with the same pipeline, the call written by hand. Inline, not
    /// through <see cref="RawAuthleteCall"/>: the scope must outlive the call, and a helper would add a second async
    /// state machine to the baseline of a comparison measured to the byte.
    /// </summary>
    [Benchmark(Baseline = true)]
    public async Task<Pocos.BackchannelAuthenticationCompleteResponse> HandBuiltFactoryClient()
    {
        await using AsyncServiceScope scope = _handBuiltServices.CreateAsyncScope();
        HttpClient client = scope.ServiceProvider.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
        using var message = new HttpRequestMessage(HttpMethod.Post, _uri)
        {
            Content = JsonContent.Create(_poco, PocoJsonContext.Default.BackchannelAuthenticationCompleteRequest),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServiceAccessToken);
        message.Headers.Accept.Add(AcceptJson);
        using HttpResponseMessage response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(PocoJsonContext.Default.BackchannelAuthenticationCompleteResponse).ConfigureAwait(false))!;
    }

    /// <summary>The SDK as the README registers it: a scope, <see cref="IAuthleteApi"/> resolved from it, the call.</summary>
    [Benchmark]
    public async Task<Authlete.Sdk.BackchannelAuthenticationCompleteResponse> SdkAddAuthleteClient()
    {
        await using AsyncServiceScope scope = _sdkServices.CreateAsyncScope();
        IAuthleteApi api = scope.ServiceProvider.GetRequiredService<IAuthleteApi>();
        return await api.BackchannelAuthenticationCompleteAsync(_request).ConfigureAwait(false);
    }
}
