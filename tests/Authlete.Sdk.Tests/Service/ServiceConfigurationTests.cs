using System.Net;
using Authlete.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Service;

/// <summary>
/// <c>/service/configuration</c>: a GET whose members are query parameters and whose answer is the discovery document
/// itself, kept exactly as sent; retried after transient failures since it only reads.
/// </summary>
public sealed class ServiceConfigurationTests
{
    private const string Document = """{"issuer":"https://as.example.com","token_endpoint":"https://as.example.com/token","jwks_uri":"https://as.example.com/jwks","backchannel_token_delivery_modes_supported":["poll","ping"],"backchannel_user_code_parameter_supported":true,"id_token_signing_alg_values_supported":["ES256"],"mtls_endpoint_aliases":{"token_endpoint":"https://mtls.as.example.com/token"},"future_member":[1,2]}""";

    [Theory]
    [MemberData(nameof(MockAuthlete.Versions), MemberType = typeof(MockAuthlete))]
    public async Task Gets_the_version_path_with_the_query_and_no_body(AuthleteApiVersion version)
    {
        var (client, handler) = MockAuthlete.Create(version);
        handler.Expect(HttpMethod.Get, MockAuthlete.BaseUrl(version) + "service/configuration")
            .WithExactQueryString("pretty=true&patch=%5B%7B%22op%22%3A%22remove%22%2C%22path%22%3A%22%2Fx%22%7D%5D")
            .With(r => r.Content is null && r.Headers.Authorization!.ToString() == MockAuthlete.ExpectedAuthorization(version))
            .Respond("application/json", Document);

        ServiceConfigurationResponse response = await client.ServiceConfigurationAsync(
            new ServiceConfigurationRequest { Pretty = true, Patch = """[{"op":"remove","path":"/x"}]""" });

        handler.VerifyNoOutstandingExpectation();
        response.ResponseContent.Should().Be(Document, "the body is served unchanged");
        response.Issuer.Should().Be("https://as.example.com");
        response.JwksUri.Should().Be("https://as.example.com/jwks");
        response.BackchannelTokenDeliveryModesSupported.Should().Equal("poll", "ping");
        response.BackchannelUserCodeParameterSupported.Should().BeTrue();
        response.IdTokenSigningAlgValuesSupported.Should().Equal("ES256");
        response.ExtensionData.Should().ContainKeys("mtls_endpoint_aliases", "future_member");
    }

    [Fact]
    public async Task Without_members_there_is_no_query()
    {
        var (client, handler) = MockAuthlete.Create();
        handler.Expect(HttpMethod.Get, MockAuthlete.BaseUrl(AuthleteApiVersion.V3) + "service/configuration")
            .WithExactQueryString(string.Empty)
            .Respond("application/json", Document);

        await client.SendAsync(AuthleteApis.ServiceConfiguration, new ServiceConfigurationRequest());

        handler.VerifyNoOutstandingExpectation();
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task A_transient_failure_is_retried_because_a_get_only_reads(int status)
    {
        await using FaultServer server = await FaultServer.StartAsync((context, number) => number == 1
            ? FaultServer.Respond(context, status, """{"resultCode":"A001101","resultMessage":"busy"}""")
            : FaultServer.Respond(context, 200, Document));
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        ServiceConfigurationResponse response = await client.Api.ServiceConfigurationAsync(new ServiceConfigurationRequest());

        response.Issuer.Should().Be("https://as.example.com");
        server.Requests.Should().Be(2);
    }

    [Fact]
    public async Task The_same_failure_is_not_retried_for_a_post()
    {
        await using FaultServer server = await FaultServer.StartAsync((context, _) =>
            FaultServer.Respond(context, 502, """{"resultCode":"A001101","resultMessage":"busy"}"""));
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        await Assert.ThrowsAsync<AuthleteApiException>(() => client.Api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "x" }));

        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task An_authlete_error_is_an_exception_with_the_evidence()
    {
        var (client, handler) = MockAuthlete.Create();
        handler.When(HttpMethod.Get, "*").Respond(HttpStatusCode.Forbidden, "application/json", """{"resultCode":"A001215","resultMessage":"[A001215] locked"}""");

        AuthleteApiException error = await Assert.ThrowsAsync<AuthleteApiException>(() => client.ServiceConfigurationAsync(new ServiceConfigurationRequest()));

        error.Status.Should().Be(403);
        error.ResultCode.Should().Be("A001215");
        error.ApiName.Should().Be("service/configuration");
    }
}
