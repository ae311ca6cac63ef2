using System.Net;
using System.Text.Json;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace Authlete.Sdk.AspNetCore.Tests.Service;

/// <summary><c>MapAuthleteDiscovery</c>: both well-known paths and the JWK Set, served unchanged from Authlete.</summary>
public sealed class DiscoveryEndpointTests
{
    [Theory]
    [InlineData("/.well-known/openid-configuration")]
    [InlineData("/.well-known/oauth-authorization-server")]
    public async Task The_discovery_document_is_served_unchanged_at_both_well_known_paths(string path)
    {
        using var fake = new FakeAuthlete();
        await using TestHost host = await TestHost.StartAsync(fake, map: app => app.MapAuthleteDiscovery());

        using HttpResponseMessage response = await host.Client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        string body = await response.Content.ReadAsStringAsync();
        ServiceConfigurationResponse expected = await fake.ServiceConfigurationAsync(new ServiceConfigurationRequest());
        body.Should().Be(expected.ResponseContent);
        using JsonDocument document = JsonDocument.Parse(body);
        document.RootElement.GetProperty("issuer").GetString().Should().Be(fake.Settings.Issuer.OriginalString);
        document.RootElement.GetProperty("jwks_uri").GetString().Should().EndWith("/jwks");
    }

    [Fact]
    public async Task The_jwk_set_is_served_unchanged()
    {
        using var fake = new FakeAuthlete();
        await using TestHost host = await TestHost.StartAsync(fake, map: app => app.MapAuthleteDiscovery());

        using HttpResponseMessage response = await host.Client.GetAsync("/jwks");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be(fake.SigningKey.PublicJwks);
    }

    [Fact]
    public async Task A_service_without_a_jwk_set_is_a_404()
    {
        using var fake = new FakeAuthlete();
        fake.EnqueueResponse(AuthleteApis.ServiceJwks, new ServiceJwksResponse());
        await using TestHost host = await TestHost.StartAsync(fake, map: app => app.MapAuthleteDiscovery());

        using HttpResponseMessage response = await host.Client.GetAsync("/jwks");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"error":"not_found","error_description":"The service has no JWK Set."}""");
    }

    [Fact]
    public async Task Authlete_failing_is_a_500_server_error_after_the_get_was_retried()
    {
        using var fake = new FakeAuthlete();
        for (int i = 0; i < 3; i++)
        {
            fake.EnqueueFailure(AuthleteApis.ServiceConfiguration, 500, "A001101", "[A001101] Authlete Server error.");
        }

        await using TestHost host = await TestHost.StartAsync(fake, map: app => app.MapAuthleteDiscovery());

        using HttpResponseMessage response = await host.Client.GetAsync("/.well-known/openid-configuration");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"error":"server_error","error_description":"The discovery document is not available."}""");
        host.Calls.All.Should().HaveCount(3, "a GET only reads: the first attempt and two retries");
        host.LogsWithId(2000).Should().ContainSingle().Which.Message.Should().Contain("The discovery endpoint");
    }

    [Fact]
    public async Task Authlete_failing_on_the_jwk_set_is_a_500_server_error_that_says_which()
    {
        using var fake = new FakeAuthlete();
        for (int i = 0; i < 3; i++)
        {
            fake.EnqueueFailure(AuthleteApis.ServiceJwks, 500, "A001101", "[A001101] Authlete Server error.");
        }

        await using TestHost host = await TestHost.StartAsync(fake, map: app => app.MapAuthleteDiscovery());

        using HttpResponseMessage response = await host.Client.GetAsync("/jwks");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"error":"server_error","error_description":"The JWK Set is not available."}""");
        host.LogsWithId(2000).Should().ContainSingle().Which.Message.Should().Contain("The jwks endpoint");
    }

    [Fact]
    public void A_handler_built_by_hand_without_its_dependencies_is_refused_by_name()
    {
        using var authlete = new FakeAuthlete();

        FluentActions.Invoking(() => new DiscoveryHandler(null!, NullLogger<DiscoveryHandler>.Instance))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("api");
        FluentActions.Invoking(() => new DiscoveryHandler(authlete, null!))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("logger");
    }
}
