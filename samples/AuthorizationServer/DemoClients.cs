using Authlete.Sdk;
using Authlete.Sdk.Testing;

namespace Authlete.Samples.AuthorizationServer;

/// <summary>A client registered in the embedded fake Authlete (demo mode). On a real service, register yours in Authlete.</summary>
/// <param name="ClientId">The client identifier clients send (the client ID alias).</param>
/// <param name="ClientSecret">The secret (HTTP Basic), or null for a public client.</param>
/// <param name="Name">The name users see.</param>
/// <param name="DeliveryMode">The CIBA token delivery mode, or null for the device flow client.</param>
public sealed record DemoClient(string ClientId, string? ClientSecret, string Name, DeliveryMode? DeliveryMode)
{
    /// <summary>Without the secret.</summary>
    /// <returns>The client ID and name.</returns>
    public override string ToString() => $"{ClientId} ({Name})";
}

/// <summary>The demo clients and the embedded fake Authlete they are registered in.</summary>
public static class DemoClients
{
    /// <summary>Where, in demo mode, this server receives the demo ping and push clients' notifications (and logs them).</summary>
    public const string NotificationReceiverPath = "/demo-client/notifications";

    /// <summary>A CIBA client in poll mode: it polls the token endpoint.</summary>
    public static DemoClient Poll { get; } = new("demo-ciba-poll", "demo-poll-secret", "Call Centre (poll)", DeliveryMode.Poll);

    /// <summary>A CIBA client in ping mode: told when to fetch its tokens.</summary>
    public static DemoClient Ping { get; } = new("demo-ciba-ping", "demo-ping-secret", "Bank Branch (ping)", DeliveryMode.Ping);

    /// <summary>A CIBA client in push mode: the tokens are pushed to it.</summary>
    public static DemoClient Push { get; } = new("demo-ciba-push", "demo-push-secret", "Shop Till (push)", DeliveryMode.Push);

    /// <summary>A public device flow client (RFC 8628).</summary>
    public static DemoClient Tv { get; } = new("demo-tv", null, "Living Room TV", null);

    /// <summary>Creates a fake Authlete with the demo's short polling intervals; <see cref="Register"/> adds the clients.</summary>
    /// <returns>A new fake, without clients.</returns>
    public static FakeAuthlete CreateFakeAuthlete() => new(new FakeServiceSettings
    {
        // Short intervals keep the demo quick; Authlete's usual 5 seconds is fine for real clients.
        BackchannelPollingInterval = TimeSpan.FromSeconds(1),
        DeviceFlowPollingInterval = TimeSpan.FromSeconds(1),
    });

    /// <summary>
    /// Registers the demo clients once the server's address is known. The embedded fake does it at start-up; several
    /// instances sharing one fake Authlete (a scale-out test) call it once with the address clients use.
    /// </summary>
    /// <param name="fake">The fake Authlete.</param>
    /// <param name="baseAddress">The server's public address: the issuer, and the base of the verification URI.</param>
    /// <param name="clientNotificationEndpoint">Where the ping and push demo clients receive notifications.</param>
    public static void Register(FakeAuthlete fake, Uri baseAddress, Uri clientNotificationEndpoint)
    {
        fake.Settings.Issuer = new Uri(baseAddress.GetLeftPart(UriPartial.Authority));
        fake.Settings.DeviceVerificationUri = new Uri(baseAddress, "device");
        long id = 1001;
        foreach (DemoClient client in (DemoClient[])[Poll, Ping, Push, Tv])
        {
            fake.AddClient(new FakeClient
            {
                ClientId = id++,
                ClientIdAlias = client.ClientId,
                ClientSecret = client.ClientSecret,
                ClientName = client.Name,
                ClientAuthMethod = client.ClientSecret is null ? ClientAuthMethod.None : ClientAuthMethod.ClientSecretBasic,
                DeliveryMode = client.DeliveryMode,
                ClientNotificationEndpoint = client.DeliveryMode == DeliveryMode.Poll || client.DeliveryMode is null ? null : clientNotificationEndpoint,
                DeviceFlowEnabled = client.DeliveryMode is null,
            });
        }
    }

    internal static string Describe() => string.Join(", ", Poll, Ping, Push, Tv);

    /// <summary>In demo mode, a stand-in for the ping and push clients' notification endpoint when no other is given.</summary>
    internal static void MapNotificationReceiver(WebApplication app)
        => app.MapPost(NotificationReceiverPath, (HttpRequest request, ILogger<DemoClient> logger) =>
        {
            Log.NotificationReceived(logger, request.ContentLength);
            return Results.NoContent();
        });
}
