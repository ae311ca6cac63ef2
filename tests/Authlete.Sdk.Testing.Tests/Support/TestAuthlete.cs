using Microsoft.Extensions.Time.Testing;

namespace Authlete.Sdk.Testing.Tests.Support;

/// <summary>A fake with a fake clock and one client of each kind, and the real <see cref="AuthleteApi"/> over its handler.</summary>
public sealed class TestAuthlete : IDisposable
{
    public const long PollClientId = 1001;
    public const long PingClientId = 1002;
    public const long PushClientId = 1003;
    public const long PostClientId = 1004;
    public const long TvClientId = 2001;
    public const long UserCodeClientId = 1005;
    public const long NoCibaClientId = 1006;
    public const string Secret = "s3cret";

    private readonly HttpClient _httpClient;

    public TestAuthlete(AuthleteApiVersion version = AuthleteApiVersion.V3)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
        Fake = new FakeAuthlete(new FakeServiceSettings(), Time);
        Fake.AddClient(new FakeClient { ClientId = PollClientId, ClientIdAlias = "poll-app", ClientSecret = Secret, ClientName = "Poll app", DeliveryMode = DeliveryMode.Poll });
        Fake.AddClient(new FakeClient { ClientId = PingClientId, ClientSecret = Secret, DeliveryMode = DeliveryMode.Ping, ClientNotificationEndpoint = new Uri("https://rp.example.com/ping") });
        Fake.AddClient(new FakeClient { ClientId = PushClientId, ClientSecret = Secret, DeliveryMode = DeliveryMode.Push, ClientNotificationEndpoint = new Uri("https://rp.example.com/push") });
        Fake.AddClient(new FakeClient { ClientId = PostClientId, ClientSecret = Secret, ClientAuthMethod = ClientAuthMethod.ClientSecretPost, DeliveryMode = DeliveryMode.Poll });
        Fake.AddClient(new FakeClient { ClientId = UserCodeClientId, ClientSecret = Secret, DeliveryMode = DeliveryMode.Poll, UserCodeRequired = true });
        Fake.AddClient(new FakeClient { ClientId = NoCibaClientId, ClientSecret = Secret });
        Fake.AddClient(new FakeClient { ClientId = TvClientId, ClientAuthMethod = ClientAuthMethod.None, ClientName = "TV" });
        _httpClient = new HttpClient(Fake.CreateHandler());
        Api = new AuthleteApi(_httpClient, Fake.CreateOptions(version));
    }

    public FakeTimeProvider Time { get; }

    public FakeAuthlete Fake { get; }

    public AuthleteApi Api { get; }

    public static string Basic(long clientId, string secret = Secret)
        => "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(clientId + ":" + secret));

    public static BackchannelAuthenticationRequest Backchannel(long clientId, params (string Name, string Value)[] form)
        => new BackchannelAuthenticationRequest()
            .WithParameters(form.Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)))
            .WithClientCredentials(Basic(clientId));

    public static TokenRequest Token(string grantType, string codeName, string code, long clientId, string secret = Secret)
        => new TokenRequest()
            .WithParameters(new Dictionary<string, string?> { ["grant_type"] = grantType, [codeName] = code })
            .WithClientCredentials(Basic(clientId, secret));

    public static TokenRequest CibaToken(string authReqId, long clientId = PollClientId, string secret = Secret)
        => Token("urn:openid:params:grant-type:ciba", "auth_req_id", authReqId, clientId, secret);

    public static TokenRequest DeviceToken(string deviceCode, long clientId = TvClientId)
        => new TokenRequest().WithParameters(new Dictionary<string, string?>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
            ["device_code"] = deviceCode,
            ["client_id"] = clientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>Runs /backchannel/authentication and /issue for a client; returns the ticket and the issue answer.</summary>
    public async Task<(string Ticket, BackchannelAuthenticationIssueResponse Issued)> StartCibaAsync(long clientId = PollClientId, params (string Name, string Value)[] extra)
    {
        var form = new List<(string, string)> { ("scope", "openid profile"), ("login_hint", "alice@example.com") };
        if (clientId is PingClientId or PushClientId)
        {
            form.Add(("client_notification_token", "notify-me-8d67dc78-7faa-4d41-aabd-67707b374255"));
        }

        form.AddRange(extra);
        BackchannelAuthenticationResponse response = await Api.BackchannelAuthenticationAsync(Backchannel(clientId, [.. form]));
        response.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification, response.ResultMessage);
        BackchannelAuthenticationIssueResponse issued = await Api.BackchannelAuthenticationIssueAsync(new() { Ticket = response.Ticket });
        issued.Action.Should().Be(BackchannelAuthenticationIssueAction.Ok, issued.ResultMessage);
        return (response.Ticket!, issued);
    }

    public Task<BackchannelAuthenticationCompleteResponse> CompleteCibaAsync(string ticket, BackchannelAuthenticationCompleteResult result, string subject = "alice")
        => Api.BackchannelAuthenticationCompleteAsync(new() { Ticket = ticket, Result = result, Subject = subject });

    /// <summary>Runs a device flow for the TV client to its tokens: authorization, the end-user's approval, the token request.</summary>
    public static async Task<TokenResponse> DeviceTokensAsync(IAuthleteApi api, string scope = "openid profile email", string subject = "alice")
    {
        DeviceAuthorizationResponse authorized = await api.DeviceAuthorizationAsync(
            new DeviceAuthorizationRequest { Parameters = "client_id=" + TvClientId + "&scope=" + Uri.EscapeDataString(scope) });
        authorized.Action.Should().Be(DeviceAuthorizationAction.Ok, authorized.ResultMessage);
        DeviceCompleteResponse completed = await api.DeviceCompleteAsync(
            new DeviceCompleteRequest { UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = subject });
        completed.Action.Should().Be(DeviceCompleteAction.Success, completed.ResultMessage);
        TokenResponse tokens = await api.TokenAsync(DeviceToken(authorized.DeviceCode!));
        tokens.Action.Should().Be(TokenAction.Ok, tokens.ResultMessage);
        return tokens;
    }

    public void Dispose()
    {
        _httpClient.Dispose();
        Fake.Dispose();
    }
}
