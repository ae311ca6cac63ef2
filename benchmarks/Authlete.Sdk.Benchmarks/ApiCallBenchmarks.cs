using System.Net.Http.Headers;
using System.Net.Http.Json;
using Authlete.Sdk.Benchmarks.Pocos;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// One whole <c>/backchannel/authentication/complete</c> call (full request, full answer) against an in-process handler.
/// The baseline is the same call written by hand with <see cref="HttpClient"/> and System.Text.Json source generation:
/// the ratios of the SDK rows are the SDK's cost over that floor.
/// </summary>
[MemoryDiagnoser]
public class ApiCallBenchmarks : IDisposable
{
    private const string ServiceId = "715948317";
    private const string ServiceAccessToken = "pDpxMYbI4Dkk6kSusfRdPU1FKsJVjD3ajAigqjwWqWk";

    private Authlete.Sdk.BackchannelAuthenticationCompleteRequest _request = null!;
    private Pocos.BackchannelAuthenticationCompleteRequest _poco = null!;
    private HttpClient _rawClient = null!;
    private Uri _rawUri = null!;
    private IAuthleteApi _sdk = null!;
    private IAuthleteApi _sdkWithPipeline = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup()
    {
        byte[] answer = Payloads.Utf8(Payloads.CibaCompleteResponse());
        _request = Payloads.CibaCompleteRequest();
        _poco = System.Text.Json.JsonSerializer.Deserialize(
            AuthleteJsonSerializer.Serialize(_request), PocoJsonContext.Default.BackchannelAuthenticationCompleteRequest)!;

        var options = new AuthleteOptions { ServiceId = ServiceId, ServiceAccessToken = ServiceAccessToken };
        _rawClient = new HttpClient(new CannedHandler(answer));
        _rawUri = new Uri(options.EffectiveBaseAddress, "api/" + ServiceId + "/backchannel/authentication/complete");
        _sdk = new AuthleteApi(new HttpClient(new CannedHandler(answer)), options);

        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
            {
                o.ServiceId = ServiceId;
                o.ServiceAccessToken = ServiceAccessToken;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new CannedHandler(answer));
        _services = services.BuildServiceProvider();
        _sdkWithPipeline = _services.GetRequiredService<IAuthleteApi>();

        // All rows read the same answer.
        string expected = AuthleteJsonSerializer.Serialize(Payloads.CibaCompleteResponse());
        Payloads.AssertSameJson("raw", expected, System.Text.Json.JsonSerializer.Serialize(
            RawHttpClient().GetAwaiter().GetResult(), PocoJsonContext.Default.BackchannelAuthenticationCompleteResponse));
        Payloads.AssertSameJson("sdk", expected, AuthleteJsonSerializer.Serialize(Sdk().GetAwaiter().GetResult()));
        Payloads.AssertSameJson("sdk+pipeline", expected, AuthleteJsonSerializer.Serialize(SdkAddAuthleteClient().GetAwaiter().GetResult()));
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _rawClient.Dispose();
        _services.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// The floor: the same POST written by hand (per-request bearer and Accept headers, JSON body, status check,
    /// typed answer) with System.Net.Http.Json over a source-generated context.
    /// </summary>
    [Benchmark(Baseline = true)]
    public Task<Pocos.BackchannelAuthenticationCompleteResponse> RawHttpClient()
        => RawAuthleteCall.CompleteAsync(_rawClient, _rawUri, _poco, ServiceAccessToken);

    /// <summary>The SDK over a plain <see cref="HttpClient"/> (<c>new AuthleteApi(httpClient, options)</c>).</summary>
    [Benchmark]
    public Task<Authlete.Sdk.BackchannelAuthenticationCompleteResponse> Sdk() => _sdk.BackchannelAuthenticationCompleteAsync(_request);

    /// <summary>
    /// The SDK as registered by <c>AddAuthleteClient</c>: IHttpClientFactory handlers and the default resilience
    /// pipeline (timeouts, retry, circuit breaker). Not part of the target; shows what the pipeline adds.
    /// </summary>
    [Benchmark]
    public Task<Authlete.Sdk.BackchannelAuthenticationCompleteResponse> SdkAddAuthleteClient()
        => _sdkWithPipeline.BackchannelAuthenticationCompleteAsync(_request);
}
