using System.Security.Cryptography;
using Authlete.Sdk;
using Authlete.Sdk.Testing;

namespace AuthleteServer;

/// <summary>
/// The in-memory fake Authlete the server runs on until your Authlete service is configured, with two clients. On your
/// service, register your clients in the Authlete console instead.
/// </summary>
public static class LocalAuthlete
{
    /// <summary>The CIBA client (poll mode, HTTP Basic). Its secret is <c>LocalAuthlete:CibaClientSecret</c>, else random.</summary>
    public const string CibaClientId = "local-ciba";

    /// <summary>The device flow client (public).</summary>
    public const string DeviceClientId = "local-device";

    /// <summary>Creates the fake.</summary>
    /// <returns>The fake, without clients until <see cref="RegisterClients"/>.</returns>
    public static FakeAuthlete Create() => new(new FakeServiceSettings
    {
        // Short intervals keep trying it out quick; Authlete's usual 5 seconds is right for real clients.
        BackchannelPollingInterval = TimeSpan.FromSeconds(1),
        DeviceFlowPollingInterval = TimeSpan.FromSeconds(1),
    });

    /// <summary>Registers the clients once the server's address (the issuer) is known.</summary>
    /// <param name="fake">The fake.</param>
    /// <param name="baseAddress">Where the server listens.</param>
    /// <param name="configuration">Where the CIBA client's secret comes from.</param>
    public static void RegisterClients(FakeAuthlete fake, Uri baseAddress, IConfiguration configuration)
    {
        fake.Settings.Issuer = new Uri(baseAddress.GetLeftPart(UriPartial.Authority));
        fake.Settings.DeviceVerificationUri = new Uri(baseAddress, "device");
        fake.AddClient(new FakeClient
        {
            ClientId = 1001,
            ClientIdAlias = CibaClientId,
            ClientSecret = configuration["LocalAuthlete:CibaClientSecret"] is { Length: > 0 } secret ? secret : RandomNumberGenerator.GetHexString(32),
            ClientName = "CIBA client",
            ClientAuthMethod = ClientAuthMethod.ClientSecretBasic,
            DeliveryMode = DeliveryMode.Poll,
            DeviceFlowEnabled = false,
        });
        fake.AddClient(new FakeClient
        {
            ClientId = 1002,
            ClientIdAlias = DeviceClientId,
            ClientName = "Device flow client",
            ClientAuthMethod = ClientAuthMethod.None,
            DeviceFlowEnabled = true,
        });
    }

    /// <summary>The clients, without secrets.</summary>
    /// <returns>A line for the log.</returns>
    public static string Describe() => $"{CibaClientId} (CIBA poll, secret from LocalAuthlete:CibaClientSecret), {DeviceClientId} (device flow, public)";
}
