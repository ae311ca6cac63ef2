using Authlete.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.Tests.DependencyInjection;

/// <summary>
/// Several Authlete services in one host (one per tenant): keyed clients, each with its own options, credentials and
/// resilience pipeline, and options that reload (credential rotation) without a restart.
/// </summary>
public sealed class KeyedClientTests
{
    private const string Answer = """{"resultCode":"A000","resultMessage":"ok","action":"OK","responseContent":"{}"}""";

    [Fact]
    public async Task Each_keyed_client_calls_its_own_service_with_its_own_credentials()
    {
        var seen = new List<string>();
        await using FaultServer authlete = await FaultServer.StartAsync((context, _) =>
        {
            lock (seen)
            {
                seen.Add(context.Request.Path + " " + context.Request.Headers.Authorization);
            }

            return FaultServer.Respond(context, 200, Answer);
        });
        var services = new ServiceCollection();
        services.AddAuthleteClient(o => Point(o, authlete.Address, "100", "default-token"));
        services.AddKeyedAuthleteClient("tenant-a", o => Point(o, authlete.Address, "200", "tenant-a-token"));
        services.AddKeyedAuthleteClient("tenant-b", o => Point(o, authlete.Address, "300", "tenant-b-token"));
        await using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        await provider.GetRequiredService<IAuthleteApi>().TokenAsync(Request());
        await provider.GetRequiredKeyedService<IAuthleteApi>("tenant-a").TokenAsync(Request());
        await provider.GetRequiredKeyedService<IAuthleteApi>("tenant-b").TokenAsync(Request());

        seen.Should().Equal(
            "/api/100/auth/token Bearer default-token",
            "/api/200/auth/token Bearer tenant-a-token",
            "/api/300/auth/token Bearer tenant-b-token");
        provider.GetServices<ICibaNotificationSender>().Should().ContainSingle("one notification sender serves every client");
    }

    [Fact]
    public async Task Each_keyed_client_has_its_own_pipeline_and_a_second_registration_reconfigures_instead_of_stacking()
    {
        await using FaultServer authlete = await FaultServer.StartAsync((context, _) =>
        {
            context.Response.Headers.RetryAfter = "0";
            return FaultServer.Respond(context, 503, "");
        });
        var services = new ServiceCollection();
        services.AddKeyedAuthleteClient("no-retries", o =>
        {
            Point(o, authlete.Address, "1", "t");
            o.Resilience.MaxRetryAttempts = 0;
        });
        services.AddKeyedAuthleteClient("two-retries", o => Point(o, authlete.Address, "2", "t"));
        services.AddKeyedAuthleteClient("two-retries", o => o.Resilience.MaxRetryAttempts = 2);
        await using ServiceProvider provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<AuthleteApiException>(() => provider.GetRequiredKeyedService<IAuthleteApi>("no-retries").TokenAsync(Request()));
        int afterFirst = authlete.Requests;
        await Assert.ThrowsAsync<AuthleteApiException>(() => provider.GetRequiredKeyedService<IAuthleteApi>("two-retries").TokenAsync(Request()));

        afterFirst.Should().Be(1);
        (authlete.Requests - afterFirst).Should().Be(3, "one attempt and two retries: the second registration reconfigured, it did not add a pipeline");
    }

    [Fact]
    public void A_keyed_clients_invalid_options_stop_the_start_naming_the_client()
    {
        var services = new ServiceCollection();
        services.AddKeyedAuthleteClient("tenant-a", o => o.ServiceId = "1");
        using ServiceProvider provider = services.BuildServiceProvider();

        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<AuthleteOptions>>().Get("tenant-a"));

        error.Message.Should().Contain("Authlete client 'tenant-a'").And.Contain("ServiceAccessToken");
    }

    [Fact]
    public async Task A_keyed_client_binds_its_own_configuration_section()
    {
        string? authorization = null;
        await using FaultServer authlete = await FaultServer.StartAsync((context, _) =>
        {
            authorization = context.Request.Path + " " + context.Request.Headers.Authorization;
            return FaultServer.Respond(context, 200, Answer);
        });
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tenants:B:Authlete:BaseAddress"] = authlete.Address.ToString(),
            ["Tenants:B:Authlete:AllowInsecureHttp"] = "true",
            ["Tenants:B:Authlete:ServiceId"] = "42",
            ["Tenants:B:Authlete:ServiceAccessToken"] = "tenant-b-config-token",
        }).Build();
        var services = new ServiceCollection();
        services.AddKeyedAuthleteClient("tenant-b", configuration.GetSection("Tenants:B"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IAuthleteApi>("tenant-b").TokenAsync(Request());

        authorization.Should().Be("/api/42/auth/token Bearer tenant-b-config-token");
    }

    [Fact]
    public async Task A_rotated_credential_in_a_reloaded_configuration_applies_without_a_restart()
    {
        var tokens = new List<string>();
        await using FaultServer authlete = await FaultServer.StartAsync((context, _) =>
        {
            lock (tokens)
            {
                tokens.Add(context.Request.Headers.Authorization.ToString());
            }

            return FaultServer.Respond(context, 200, Answer);
        });
        var source = new ReloadableSource();
        source.Set(new Dictionary<string, string?>
        {
            ["Authlete:BaseAddress"] = authlete.Address.ToString(),
            ["Authlete:AllowInsecureHttp"] = "true",
            ["Authlete:ServiceId"] = "7",
            ["Authlete:ServiceAccessToken"] = "old-token",
        });
        IConfiguration configuration = new ConfigurationBuilder().Add(source).Build();
        var services = new ServiceCollection();
        services.AddAuthleteClient(configuration);
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAuthleteApi>().TokenAsync(Request());
        source.Set(new Dictionary<string, string?>
        {
            ["Authlete:BaseAddress"] = authlete.Address.ToString(),
            ["Authlete:AllowInsecureHttp"] = "true",
            ["Authlete:ServiceId"] = "7",
            ["Authlete:ServiceAccessToken"] = "rotated-token",
        });
        await provider.GetRequiredService<IAuthleteApi>().TokenAsync(Request());

        tokens.Should().Equal("Bearer old-token", "Bearer rotated-token");
    }

    [Fact]
    public async Task Reloaded_resilience_settings_apply_without_a_restart()
    {
        // Two refusals that ask to come back at once, then an answer.
        await using FaultServer authlete = await FaultServer.StartAsync((context, number) =>
        {
            if (number <= 2)
            {
                context.Response.Headers.RetryAfter = "0";
                return FaultServer.Respond(context, 503, """{"resultCode":"A001103","resultMessage":"busy"}""");
            }

            return FaultServer.Respond(context, 200, Answer);
        });
        Dictionary<string, string?> Settings(string retries) => new()
        {
            ["Authlete:BaseAddress"] = authlete.Address.ToString(),
            ["Authlete:AllowInsecureHttp"] = "true",
            ["Authlete:ServiceId"] = "7",
            ["Authlete:ServiceAccessToken"] = "token",
            ["Authlete:Resilience:MaxRetryAttempts"] = retries,
        };
        var source = new ReloadableSource();
        source.Set(Settings("0"));
        var services = new ServiceCollection();
        services.AddAuthleteClient(new ConfigurationBuilder().Add(source).Build());
        await using ServiceProvider provider = services.BuildServiceProvider();

        Func<Task> withoutRetries = () => provider.GetRequiredService<IAuthleteApi>().TokenAsync(Request());
        (await withoutRetries.Should().ThrowAsync<AuthleteApiException>()).Which.Status.Should().Be(503);
        source.Set(Settings("2"));
        TokenResponse answer = await provider.GetRequiredService<IAuthleteApi>().TokenAsync(Request());

        answer.Should().NotBeNull();
        authlete.Requests.Should().Be(3, "the first call was not retried, the second was once");
    }

    [Fact]
    public async Task Clients_of_later_scopes_use_a_reloaded_service_ID_and_token()
    {
        var calls = new List<string>();
        await using FaultServer authlete = await FaultServer.StartAsync((context, _) =>
        {
            lock (calls)
            {
                calls.Add(context.Request.Path + " " + context.Request.Headers.Authorization);
            }

            return FaultServer.Respond(context, 200, Answer);
        });
        Dictionary<string, string?> Settings(string serviceId, string token) => new()
        {
            ["Authlete:BaseAddress"] = authlete.Address.ToString(),
            ["Authlete:AllowInsecureHttp"] = "true",
            ["Authlete:ServiceId"] = serviceId,
            ["Authlete:ServiceAccessToken"] = token,
        };
        var source = new ReloadableSource();
        source.Set(Settings("7", "token-a"));
        IConfiguration configuration = new ConfigurationBuilder().Add(source).Build();
        var services = new ServiceCollection();
        services.AddAuthleteClient(configuration);
        await using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        async Task CallInNewScopeAsync()
        {
            await using AsyncServiceScope scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuthleteApi>().TokenAsync(Request());
        }

        // Several scopes over one options instance (what the clients derive from it is shared), then a reload.
        await CallInNewScopeAsync();
        await CallInNewScopeAsync();
        source.Set(Settings("8", "token-b"));
        await CallInNewScopeAsync();
        await CallInNewScopeAsync();

        calls.Should().Equal(
            "/api/7/auth/token Bearer token-a",
            "/api/7/auth/token Bearer token-a",
            "/api/8/auth/token Bearer token-b",
            "/api/8/auth/token Bearer token-b");
    }

    private static void Point(AuthleteOptions o, Uri address, string serviceId, string token)
    {
        o.BaseAddress = address;
        o.AllowInsecureHttp = true;
        o.ServiceId = serviceId;
        o.ServiceAccessToken = token;
        o.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
    }

    private static TokenRequest Request() => new() { Parameters = "grant_type=client_credentials" };

    /// <summary>A configuration source whose data can be replaced, raising the reload token as a file provider does.</summary>
    private sealed class ReloadableSource : IConfigurationSource
    {
        private readonly Provider _provider = new();

        public IConfigurationProvider Build(IConfigurationBuilder builder) => _provider;

        public void Set(Dictionary<string, string?> data) => _provider.Set(data);

        private sealed class Provider : ConfigurationProvider
        {
            public void Set(Dictionary<string, string?> data)
            {
                Data = new Dictionary<string, string?>(data, StringComparer.OrdinalIgnoreCase);
                OnReload();
            }
        }
    }
}
