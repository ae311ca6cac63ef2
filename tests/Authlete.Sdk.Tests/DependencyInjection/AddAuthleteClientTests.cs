using Authlete.Sdk.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.DependencyInjection;

public class AddAuthleteClientTests
{
    [Fact]
    public async Task Both_seed_apis_work_through_di_with_a_mock_handler()
    {
        var handler = new MockHttpMessageHandler();
        handler.ExpectCall(AuthleteApiVersion.V3, "backchannel/authentication/complete", """{"action":"NO_ACTION","deliveryMode":"POLL"}""");
        handler.ExpectCall(AuthleteApiVersion.V3, "device/authorization", """{"action":"OK","userCode":"WDJB-MJHT"}""");
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
        {
            o.ServiceId = MockAuthlete.ServiceId;
            o.ServiceAccessToken = MockAuthlete.AccessToken;
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using ServiceProvider provider = services.BuildServiceProvider();

        var api = provider.GetRequiredService<IAuthleteApi>();
        var complete = await api.BackchannelAuthenticationCompleteAsync(new BackchannelAuthenticationCompleteRequest
        {
            Ticket = "t", Result = BackchannelAuthenticationCompleteResult.Authorized, Subject = "john",
        });
        var device = await api.DeviceAuthorizationAsync(new DeviceAuthorizationRequest { Parameters = "scope=openid" });

        api.Should().BeOfType<AuthleteApi>();
        complete.Action.Should().Be(BackchannelAuthenticationCompleteAction.NoAction);
        device.UserCode.Should().Be("WDJB-MJHT");
        handler.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task Options_bind_from_the_authlete_section_for_v2()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authlete:ApiVersion"] = "V2",
            ["Authlete:BaseAddress"] = "https://authlete.internal.example/",
            ["Authlete:ServiceApiKey"] = MockAuthlete.ApiKey,
            ["Authlete:ServiceApiSecret"] = MockAuthlete.ApiSecret,
            ["Authlete:MaxResponseBufferSize"] = "65536",
            ["Authlete:Resilience:MaxRetryAttempts"] = "1",
            ["Authlete:Resilience:AttemptTimeout"] = "00:00:03",
        }).Build();
        var handler = new MockHttpMessageHandler();
        handler.Expect(HttpMethod.Post, "https://authlete.internal.example/api/device/verification")
            .WithHeaders("Authorization", MockAuthlete.ExpectedAuthorization(AuthleteApiVersion.V2))
            .Respond("application/json", """{"action":"VALID"}""");
        var services = new ServiceCollection();
        services.AddAuthleteClient(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using ServiceProvider provider = services.BuildServiceProvider();

        AuthleteOptions options = provider.GetRequiredService<IOptions<AuthleteOptions>>().Value;
        options.ApiVersion.Should().Be(AuthleteApiVersion.V2);
        options.MaxResponseBufferSize.Should().Be(65536);
        options.Resilience.MaxRetryAttempts.Should().Be(1);
        options.Resilience.AttemptTimeout.Should().Be(TimeSpan.FromSeconds(3));
        var response = await provider.GetRequiredService<IAuthleteApi>().DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "x" });
        response.Action.Should().Be(DeviceVerificationAction.Valid);
    }

    [Fact]
    public async Task Missing_settings_fail_at_start_up_with_what_is_missing()
    {
        IHost host = Host.CreateDefaultBuilder()
            .ConfigureServices(services => services.AddAuthleteClient(new ConfigurationBuilder().Build()))
            .Build();

        var error = (await FluentActions.Awaiting(() => host.StartAsync()).Should().ThrowAsync<OptionsValidationException>()).Which;
        error.Message.Should().Contain("Authlete:ServiceId").And.Contain("Authlete:ServiceAccessToken");
        host.Dispose();
    }

    [Fact]
    public void The_builder_is_returned_for_more_handlers()
    {
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services.AddAuthleteClient(o => { });
        builder.Name.Should().NotBeNullOrEmpty();
    }
}

public class EnvironmentVariableTests
{
    [Fact]
    public void Authlete_environment_variables_fill_the_options()
    {
        var variables = new Dictionary<string, string>
        {
            ["AUTHLETE_BASE_URL"] = "https://jp.authlete.com",
            ["AUTHLETE_API_VERSION"] = "V3",
            ["AUTHLETE_SERVICE_APIKEY"] = "123456",
            ["AUTHLETE_SERVICE_ACCESSTOKEN"] = "tok",
        };
        var options = new AuthleteOptions();

        options.ApplyEnvironmentVariables(name => variables.GetValueOrDefault(name)).Should().BeTrue();

        options.BaseAddress.Should().Be(new Uri("https://jp.authlete.com"));
        options.ServiceId.Should().Be("123456");
        options.ServiceApiKey.Should().Be("123456");
        options.ServiceAccessToken.Should().Be("tok");
        AuthleteOptionsValidator.GetFailures(options).Should().BeEmpty();
        new AuthleteOptions().ApplyEnvironmentVariables(_ => null).Should().BeFalse();
        FluentActions.Invoking(() => new AuthleteOptions().ApplyEnvironmentVariables(n => n == "AUTHLETE_API_VERSION" ? "V9" : null))
            .Should().Throw<InvalidOperationException>().WithMessage("*AUTHLETE_API_VERSION*");
    }

    [Fact]
    public void The_names_and_meanings_are_those_of_authletes_java_and_csharp_libraries()
    {
        var variables = new Dictionary<string, string>
        {
            ["AUTHLETE_API_VERSION"] = "V3",
            ["AUTHLETE_SERVICE_APIKEY"] = "715948317",
            ["AUTHLETE_SERVICE_ACCESSTOKEN"] = "tok",
            ["AUTHLETE_DPOP_KEY"] = "{\"kty\":\"EC\"}",
            ["AUTHLETE_CLIENT_CERTIFICATE"] = "-----BEGIN CERTIFICATE-----",
            ["AUTHLETE_SERVICE_ID"] = "999",
        };
        var options = new AuthleteOptions();

        options.ApplyEnvironmentVariables(name => variables.GetValueOrDefault(name));

        options.ServiceId.Should().Be("715948317", "AUTHLETE_SERVICE_APIKEY is the service ID of version 3; AUTHLETE_SERVICE_ID is no Authlete variable");
        options.DpopKey.Should().Be("{\"kty\":\"EC\"}");
        options.ClientCertificate.Should().Be("-----BEGIN CERTIFICATE-----");
    }
}
