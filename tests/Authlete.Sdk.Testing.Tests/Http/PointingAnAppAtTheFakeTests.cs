using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.Testing.Tests.Http;

/// <summary>
/// The documented way for a test to point an application's Authlete client at the fake: a second
/// <c>AddAuthleteClient</c> after the application's own registration.
/// </summary>
public sealed class PointingAnAppAtTheFakeTests
{
    [Fact]
    public async Task A_second_registration_points_the_applications_client_at_the_fake()
    {
        using var fake = new FakeAuthlete();
        fake.AddClient(new FakeClient { ClientId = 2001, ClientAuthMethod = ClientAuthMethod.None });
        var services = new ServiceCollection();

        // The application: real Authlete settings from its configuration.
        services.AddAuthleteClient(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authlete:BaseAddress"] = "https://us.authlete.com",
            ["Authlete:ServiceId"] = "715948317",
            ["Authlete:ServiceAccessToken"] = "production-token",
        }).Build());

        // The test: the fake instead.
        services.AddAuthleteClient(fake.ConfigureClientOptions).ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);
        await using ServiceProvider provider = services.BuildServiceProvider();

        DeviceAuthorizationResponse response = await provider.GetRequiredService<IAuthleteApi>()
            .DeviceAuthorizationAsync(new DeviceAuthorizationRequest { Parameters = "client_id=2001&scope=openid" });

        response.Action.Kind.Should().Be(DeviceAuthorizationActionKind.Ok);
        response.UserCode.Should().NotBeNullOrEmpty();
    }
}
