using Authlete.Sdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Polly;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.DependencyInjection;

/// <summary>
/// Every setting, the resilience pipeline's included, is checked when the host starts, with a message that names the
/// setting and the expected format: a host that starts can make calls.
/// </summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "Resilience:AttemptTimeout", "10", "Authlete:Resilience:AttemptTimeout '10' is not a time span: write it as hh:mm:ss, for example \"00:00:10\"" },
        { "Resilience:AttemptTimeout", "10s", "Authlete:Resilience:AttemptTimeout '10s' is not a time span" },
        { "Resilience:AttemptTimeout", "60.00:00:00", "Authlete:Resilience:AttemptTimeout must be between 00:00:00.0100000 and 1.00:00:00" },
        { "Resilience:TotalTimeout", "00:00:00.001", "Authlete:Resilience:TotalTimeout must be between 00:00:00.0100000 and 1.00:00:00" },
        { "Resilience:RetryBaseDelay", "2.00:00:00", "Authlete:Resilience:RetryBaseDelay must be between 00:00:00 and 1.00:00:00" },
        { "Resilience:MaxRetryAfter", "-00:00:01", "Authlete:Resilience:MaxRetryAfter must be between 00:00:00 and 1.00:00:00" },
        { "Resilience:MaxRetryAttempts", "-1", "Authlete:Resilience:MaxRetryAttempts must be between 0 (no retries) and 10" },
        { "Resilience:MaxRetryAttempts", "three", "Authlete:Resilience:MaxRetryAttempts 'three' is not a whole number of retries" },
        { "Resilience:CircuitBreakerFailureRatio", "1.5", "Authlete:Resilience:CircuitBreakerFailureRatio must be a ratio above 0 and at most 1" },
        { "Resilience:CircuitBreakerFailureRatio", "half", "Authlete:Resilience:CircuitBreakerFailureRatio 'half' is not a number" },
        { "Resilience:CircuitBreakerMinimumThroughput", "1", "Authlete:Resilience:CircuitBreakerMinimumThroughput must be at least 2 calls" },
        { "Resilience:CircuitBreakerSamplingDuration", "00:00:00.100", "Authlete:Resilience:CircuitBreakerSamplingDuration must be between 00:00:00.5000000 and 1.00:00:00" },
        { "Resilience:CircuitBreakerBreakDuration", "00:00:00", "Authlete:Resilience:CircuitBreakerBreakDuration must be between 00:00:00.5000000 and 1.00:00:00" },
        { "Resilience:Enabled", "on", "Authlete:Resilience:Enabled 'on' is not a boolean: use true or false" },
        { "AllowInsecureHttp", "yes", "Authlete:AllowInsecureHttp 'yes' is not a boolean: use true or false" },
        { "MaxResponseBufferSize", "4MB", "Authlete:MaxResponseBufferSize '4MB' is not a whole number of bytes" },
        { "MaxResponseBufferSize", "2147483647", "Authlete:MaxResponseBufferSize must be a number of bytes between 1 and 268435456" },
        { "MaxResponseBufferSize", "0", "Authlete:MaxResponseBufferSize must be a number of bytes between 1 and 268435456" },
        { "BaseAddress", "https://us.authlete.com/?tenant=1", "Authlete:BaseAddress must not have a query or a fragment" },
        { "BaseAddress", "https://us.authlete.com/prefix#x", "Authlete:BaseAddress must not have a query or a fragment" },
        { "BaseAddress", "https://user:pass@us.authlete.com/", "Authlete:BaseAddress must not contain a user name or password" },
        { "BaseAddress", "ftp://us.authlete.com/", "Authlete:BaseAddress must be an https URI" },
        { "BaseAddress", "not a uri", "Authlete:BaseAddress 'not a uri' is not an absolute URI" },
        { "ApiVersion", "V4", "Authlete:ApiVersion 'V4' is not an Authlete API version: use V2 or V3" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_stops_the_host_at_start_up_naming_the_setting_and_the_format(string key, string value, string expected)
    {
        using IHost host = Build(new Dictionary<string, string?> { ["Authlete:" + key] = value });

        OptionsValidationException error = (await FluentActions.Awaiting(() => host.StartAsync())
            .Should().ThrowAsync<OptionsValidationException>()).Which;

        error.Message.Should().Contain(expected);
    }

    public static TheoryData<string, string> BadCredentials => new()
    {
        { "ServiceAccessToken", "token-with-newline\n-S3CRET" },
        { "ServiceAccessToken", "token-with-cr\r-S3CRET" },
        { "ServiceAccessToken", "token-with-nul\0-S3CRET" },
        { "ServiceAccessToken", "tökén-S3CRET" },
        { "ServiceAccessToken", "two words-S3CRET" },
        { "ServiceId", "47\n11" },
        { "ServiceId", "47/../11" },
    };

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task A_credential_that_cannot_travel_in_a_header_is_refused_at_start_up_without_showing_it(string key, string value)
    {
        using IHost host = Build(new Dictionary<string, string?> { ["Authlete:" + key] = value });

        OptionsValidationException error = (await FluentActions.Awaiting(() => host.StartAsync())
            .Should().ThrowAsync<OptionsValidationException>()).Which;

        error.Message.Should().Contain("Authlete:" + key).And.NotContain("S3CRET");
    }

    [Theory]
    [InlineData("key:with-colon", "secret")]
    [InlineData("key", "secret\n")]
    [InlineData("kéy", "secret")]
    public void Version_2_credentials_that_cannot_travel_in_basic_authentication_are_refused(string key, string secret)
    {
        var options = new AuthleteOptions { ApiVersion = AuthleteApiVersion.V2, ServiceApiKey = key, ServiceApiSecret = secret + "S3CRET" };

        List<string> failures = AuthleteOptionsValidator.GetFailures(options);

        failures.Should().ContainSingle().Which.Should().StartWith("Authlete:ServiceApi").And.NotContain("S3CRET");
        FluentActions.Invoking(() => new AuthleteApi(new HttpClient(), options)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task Credentials_with_surrounding_whitespace_are_trimmed_the_same_way_everywhere()
    {
        string? authorization = null;
        string? path = null;
        using var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(request =>
        {
            authorization = request.Headers.Authorization?.ToString();
            path = request.RequestUri!.AbsolutePath;
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("""{"action":"VALID"}""") };
        });
        var api = new AuthleteApi(handler.ToHttpClient(), new AuthleteOptions { ServiceId = " 4711\n", ServiceAccessToken = "  tok-123\r\n" });
        var v2 = new AuthleteApi(handler.ToHttpClient(), new AuthleteOptions
        {
            ApiVersion = AuthleteApiVersion.V2, ServiceApiKey = " key\t", ServiceApiSecret = "\nsecret ",
        });

        await api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "x" });
        authorization.Should().Be("Bearer tok-123");
        path.Should().Be("/api/4711/device/verification");

        await v2.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "x" });
        authorization.Should().Be("Basic " + Convert.ToBase64String("key:secret"u8.ToArray()));
    }

    [Fact]
    public async Task Valid_settings_start_the_host_and_the_client_resolves()
    {
        using IHost host = Build(new Dictionary<string, string?>
        {
            ["Authlete:Resilience:AttemptTimeout"] = "00:00:00.010",
            ["Authlete:Resilience:TotalTimeout"] = "1.00:00:00",
            ["Authlete:Resilience:CircuitBreakerFailureRatio"] = "1",
            ["Authlete:Resilience:CircuitBreakerMinimumThroughput"] = "2",
            ["Authlete:Resilience:CircuitBreakerSamplingDuration"] = "00:00:00.500",
            ["Authlete:MaxResponseBufferSize"] = "268435456",
        });

        await host.StartAsync();

        host.Services.GetRequiredService<IAuthleteApi>().Should().NotBeNull();
        await host.StopAsync();
    }

    /// <summary>The validator's bounds are the pipeline's: what it accepts builds, one step beyond it refuses.</summary>
    [Fact]
    public void Every_bound_the_validator_accepts_builds_the_resilience_pipeline_and_one_step_beyond_is_refused()
    {
        TimeSpan tick = TimeSpan.FromTicks(1);
        var edges = new (Action<AuthleteResilienceOptions> Accepted, Action<AuthleteResilienceOptions> Refused)[]
        {
            (r => r.AttemptTimeout = TimeSpan.FromMilliseconds(10), r => r.AttemptTimeout = TimeSpan.FromMilliseconds(10) - tick),
            (r => r.AttemptTimeout = TimeSpan.FromDays(1), r => r.AttemptTimeout = TimeSpan.FromDays(1) + tick),
            (r => r.TotalTimeout = TimeSpan.FromMilliseconds(10), r => r.TotalTimeout = TimeSpan.FromMilliseconds(10) - tick),
            (r => r.TotalTimeout = TimeSpan.FromDays(1), r => r.TotalTimeout = TimeSpan.FromDays(1) + tick),
            (r => r.RetryBaseDelay = TimeSpan.Zero, r => r.RetryBaseDelay = -tick),
            (r => r.RetryBaseDelay = TimeSpan.FromDays(1), r => r.RetryBaseDelay = TimeSpan.FromDays(1) + tick),
            (r => r.MaxRetryAttempts = 1, r => r.MaxRetryAttempts = -1),
            (r => r.MaxRetryAttempts = 10, r => r.MaxRetryAttempts = 11),
            (r => r.CircuitBreakerFailureRatio = 1, r => r.CircuitBreakerFailureRatio = 1.0000001),
            (r => r.CircuitBreakerFailureRatio = 0.0001, r => r.CircuitBreakerFailureRatio = 0),
            (r => r.CircuitBreakerMinimumThroughput = 2, r => r.CircuitBreakerMinimumThroughput = 1),
            (r => r.CircuitBreakerSamplingDuration = TimeSpan.FromMilliseconds(500), r => r.CircuitBreakerSamplingDuration = TimeSpan.FromMilliseconds(500) - tick),
            (r => r.CircuitBreakerSamplingDuration = TimeSpan.FromDays(1), r => r.CircuitBreakerSamplingDuration = TimeSpan.FromDays(1) + tick),
            (r => r.CircuitBreakerBreakDuration = TimeSpan.FromMilliseconds(500), r => r.CircuitBreakerBreakDuration = TimeSpan.FromMilliseconds(500) - tick),
            (r => r.CircuitBreakerBreakDuration = TimeSpan.FromDays(1), r => r.CircuitBreakerBreakDuration = TimeSpan.FromDays(1) + tick),
        };

        foreach ((Action<AuthleteResilienceOptions> accepted, Action<AuthleteResilienceOptions> refused) in edges)
        {
            AuthleteOptions good = Valid();
            accepted(good.Resilience);
            AuthleteOptionsValidator.GetFailures(good).Should().BeEmpty();
            var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
            AuthleteResiliencePipeline.Configure(builder, good.Resilience);
            FluentActions.Invoking(() => builder.Build()).Should().NotThrow();

            AuthleteOptions bad = Valid();
            refused(bad.Resilience);
            AuthleteOptionsValidator.GetFailures(bad).Should().ContainSingle().Which.Should().StartWith("Authlete:Resilience:");
        }
    }

    private static AuthleteOptions Valid() => new() { ServiceId = "4711", ServiceAccessToken = "tok" };

    private static IHost Build(Dictionary<string, string?> settings)
    {
        settings.TryAdd("Authlete:ServiceId", "4711");
        settings.TryAdd("Authlete:ServiceAccessToken", "tok");
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return Host.CreateDefaultBuilder()
            .ConfigureServices(services => services.AddAuthleteClient(configuration))
            .Build();
    }
}
