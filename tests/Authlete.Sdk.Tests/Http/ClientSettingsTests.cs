using System.Net;
using Authlete.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Http;

/// <summary>What a client derives from its options: the check, the base address, and which timeouts bound a body.</summary>
public sealed class ClientSettingsTests
{
    private const string Valid = """{"resultCode":"A220001","resultMessage":"ok","action":"VALID"}""";

    [Fact]
    public void Invalid_options_are_refused_with_every_failure_in_the_message()
    {
        var options = new AuthleteOptions { ServiceId = "715948317" };

        ArgumentException error = FluentActions.Invoking(() => new AuthleteApi(new HttpClient(), options))
            .Should().Throw<ArgumentException>().Which;

        error.ParamName.Should().Be("options");
        error.Message.Should().StartWith("Invalid Authlete options: ").And.Contain("ServiceAccessToken");
    }

    [Fact]
    public void Each_failure_of_invalid_options_is_named_apart_in_the_message()
    {
        var options = new AuthleteOptions();

        ArgumentException error = FluentActions.Invoking(() => new AuthleteApi(new HttpClient(), options))
            .Should().Throw<ArgumentException>().Which;

        error.Message.Should().StartWith(
            "Invalid Authlete options: Authlete:ServiceId is required (the service ID in /api/{serviceId}/...). Authlete:ServiceAccessToken is required (a service access token, sent as a Bearer token).");
    }

    [Theory]
    [InlineData("https://gateway.example.com/authlete")]
    [InlineData("https://gateway.example.com/authlete/")]
    public async Task A_base_address_with_a_path_keeps_its_path_with_or_without_the_final_slash(string baseAddress)
    {
        var handler = new MockHttpMessageHandler();
        handler.Expect(HttpMethod.Post, "https://gateway.example.com/authlete/api/715948317/device/verification")
            .Respond(HttpStatusCode.OK, "application/json", Valid);
        var api = new AuthleteApi(handler.ToHttpClient(), new AuthleteOptions
        {
            BaseAddress = new Uri(baseAddress), ServiceId = "715948317", ServiceAccessToken = "token",
        });

        (await api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "U" })).Action.Should().Be(DeviceVerificationAction.Valid);
        handler.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task Without_the_pipeline_the_http_clients_own_timeout_bounds_a_body_that_never_ends()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync("{\"action\":"u8.ToArray());
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };
        var api = new AuthleteApi(http, new AuthleteOptions
        {
            BaseAddress = server.Address,
            AllowInsecureHttp = true,
            ServiceId = FaultServer.ServiceId,
            ServiceAccessToken = FaultServer.AccessToken,
            Resilience = { Enabled = false },
        });

        // The pipeline's 10-second attempt timeout does not apply when the pipeline is off: the client's 0.5 s does.
        Func<Task> call = () => api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "U" }).WaitAsync(TimeSpan.FromSeconds(6));
        await call.Should().ThrowAsync<AuthleteTimeoutException>();
    }
}
