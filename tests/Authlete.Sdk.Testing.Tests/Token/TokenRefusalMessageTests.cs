using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Token;

/// <summary>
/// Every answer of <c>/auth/token</c> for the CIBA and device code grants says which state the code is in (missing,
/// unknown, another client's, used, expired, denied, pending, polled too fast), and names the client.
/// </summary>
public sealed class TokenRefusalMessageTests : IDisposable
{
    private const string CibaGrant = "urn:openid:params:grant-type:ciba";
    private const string DeviceGrant = "urn:ietf:params:oauth:grant-type:device_code";

    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    private async Task<DeviceAuthorizationResponse> AuthorizeAsync()
        => await Fake.DeviceAuthorizationAsync(new() { Parameters = "client_id=2001&scope=openid" });

    private async Task<DeviceAuthorizationResponse> DecidedAsync(DeviceCompleteResult result)
    {
        DeviceAuthorizationResponse authorized = await AuthorizeAsync();
        await Fake.DeviceCompleteAsync(new() { UserCode = authorized.UserCode, Result = result, Subject = "carol" });
        return authorized;
    }

    private static void ShouldSay(TokenResponse response, string error, string message, long clientId)
    {
        response.Action.Should().Be(TokenAction.BadRequest);
        response.ResultMessage.Should().Be(message);
        response.ReadError()!.Error.Should().Be(error);
        response.ClientId.Should().Be(clientId);
    }

    [Fact]
    public async Task A_missing_or_unknown_code_is_named_by_its_parameter()
    {
        TokenResponse missing = await Fake.TokenAsync(new TokenRequest { Parameters = "grant_type=" + Uri.EscapeDataString(CibaGrant) }.WithClientCredentials(Basic(PollClientId)));
        TokenResponse unknownAuthReqId = await Fake.TokenAsync(CibaToken("no-such-auth-req-id"));
        TokenResponse unknownDeviceCode = await Fake.TokenAsync(DeviceToken("no-such-device-code"));

        ShouldSay(missing, "invalid_request", "[A930301] The 'auth_req_id' request parameter is missing.", PollClientId);
        missing.GrantType.Should().Be(GrantType.Ciba);
        ShouldSay(unknownAuthReqId, "invalid_grant", "[A930401] The auth_req_id does not exist.", PollClientId);
        ShouldSay(unknownDeviceCode, "invalid_grant", "[A930401] The device_code does not exist.", TvClientId);
        unknownDeviceCode.GrantType.Should().Be(GrantType.DeviceCode);
    }

    [Fact]
    public async Task A_code_of_another_client_is_told_apart_from_an_unknown_one()
    {
        DeviceAuthorizationResponse authorized = await AuthorizeAsync();

        TokenResponse stolen = await Fake.TokenAsync(TestAuthlete.Token(DeviceGrant, "device_code", authorized.DeviceCode!, PollClientId));

        ShouldSay(stolen, "invalid_grant", "[A930401] The device_code was issued to another client.", PollClientId);
    }

    [Fact]
    public async Task A_push_client_is_told_its_tokens_go_to_its_notification_endpoint()
    {
        (_, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync(PushClientId);

        TokenResponse response = await Fake.TokenAsync(CibaToken(issued.AuthReqId!, PushClientId));

        ShouldSay(response, "unauthorized_client",
            "[A930303] The client uses the push mode: its tokens are delivered to its notification endpoint, not the token endpoint.", PushClientId);
    }

    [Fact]
    public async Task Pending_slow_down_issued_and_used_are_each_said()
    {
        DeviceAuthorizationResponse authorized = await AuthorizeAsync();

        TokenResponse pending = await Fake.TokenAsync(DeviceToken(authorized.DeviceCode!));
        TokenResponse slow = await Fake.TokenAsync(DeviceToken(authorized.DeviceCode!));
        await Fake.DeviceCompleteAsync(new() { UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "carol" });
        TokenResponse issued = await Fake.TokenAsync(DeviceToken(authorized.DeviceCode!));
        TokenResponse used = await Fake.TokenAsync(DeviceToken(authorized.DeviceCode!));

        ShouldSay(pending, "authorization_pending", "[A930403] The end-user has not yet decided.", TvClientId);
        ShouldSay(slow, "slow_down", "[A930404] The client polled too often; wait at least 10 seconds between requests from now on.", TvClientId);
        issued.Action.Should().Be(TokenAction.Ok);
        issued.ResultMessage.Should().Be("[A930001] An access token was issued.");
        ShouldSay(used, "invalid_grant", "[A930401] Tokens have already been issued for the device_code.", TvClientId);
    }

    [Fact]
    public async Task An_expired_code_is_said_to_have_expired()
    {
        DeviceAuthorizationResponse authorized = await AuthorizeAsync();
        _t.Time.Advance(TimeSpan.FromMinutes(10));

        ShouldSay(await Fake.TokenAsync(DeviceToken(authorized.DeviceCode!)), "expired_token", "[A930402] The device_code has expired.", TvClientId);
    }

    [Fact]
    public async Task A_denial_and_a_failed_authorization_are_told_apart()
    {
        DeviceAuthorizationResponse denied = await DecidedAsync(DeviceCompleteResult.AccessDenied);
        DeviceAuthorizationResponse failed = await DecidedAsync(DeviceCompleteResult.TransactionFailed);

        TokenResponse deniedAnswer = await Fake.TokenAsync(DeviceToken(denied.DeviceCode!));
        TokenResponse failedAnswer = await Fake.TokenAsync(DeviceToken(failed.DeviceCode!));

        ShouldSay(deniedAnswer, "access_denied", "[A930405] The end-user denied the authorization request.", TvClientId);
        deniedAnswer.ResultCode.Should().Be("A930405");
        ShouldSay(failedAnswer, "access_denied", "[A930406] The end-user authorization failed (TRANSACTION_FAILED).", TvClientId);
        failedAnswer.ResultCode.Should().Be("A930406");
    }

    public static TheoryData<string, string, string> BadGrantTypes => new()
    {
        { "scope=openid", "invalid_request", "[A930301] The 'grant_type' request parameter is missing." },
        { "grant_type=magic", "unsupported_grant_type", "[A930302] The grant type 'magic' is not supported." },
        { "grant_type=refresh_token&grant_type=password", "invalid_request", "[A930301] Request parameters must not be repeated: grant_type." },
    };

    [Theory]
    [MemberData(nameof(BadGrantTypes))]
    public async Task A_missing_unknown_or_repeated_grant_type_is_a_bad_request_that_says_so(string parameters, string error, string message)
    {
        TokenResponse response = await Fake.TokenAsync(new TokenRequest { Parameters = parameters }.WithClientCredentials(Basic(PollClientId)));

        response.Action.Should().Be(TokenAction.BadRequest);
        response.ResultMessage.Should().Be(message);
        response.ReadError()!.Error.Should().Be(error);
    }

    [Theory]
    [InlineData("authorization_code")]
    [InlineData("client_credentials")]
    [InlineData("implicit")]
    [InlineData("urn:ietf:params:oauth:grant-type:token-exchange")]
    [InlineData("urn:ietf:params:oauth:grant-type:jwt-bearer")]
    [InlineData("urn:ietf:params:oauth:grant-type:pre-authorized_code")]
    public async Task Each_grant_type_the_fake_does_not_implement_is_named_with_those_it_does(string grantType)
    {
        TokenResponse response = await Fake.TokenAsync(new TokenRequest { Parameters = "grant_type=" + Uri.EscapeDataString(grantType) }.WithClientCredentials(Basic(PollClientId)));

        response.ResultMessage.Should().Be("[A930302] Authlete.Sdk.Testing does not implement the grant type '" + grantType
            + "' (only urn:openid:params:grant-type:ciba, urn:ietf:params:oauth:grant-type:device_code, password and refresh_token).");
    }

    [Fact]
    public async Task A_client_id_that_differs_from_the_basic_credentials_is_a_bad_request_not_invalid_client()
    {
        TokenResponse response = await Fake.TokenAsync(new TokenRequest { Parameters = "grant_type=" + Uri.EscapeDataString(CibaGrant) + "&auth_req_id=x&client_id=1002" }
            .WithClientCredentials(Basic(PollClientId)));

        response.Action.Should().Be(TokenAction.BadRequest);
        response.ReadError()!.Error.Should().Be("invalid_request");
    }

    public static TheoryData<string, string> Unsupported => new()
    {
        { "dpopNonceRequired", "DPoP (dpop in a token request)" },
        { "accessToken", "caller-supplied or JWT access tokens (accessToken, jwtAtClaims in a token request)" },
        { "jwtAtClaims", "caller-supplied or JWT access tokens (accessToken, jwtAtClaims in a token request)" },
        { "clientCertificate", "mutual-TLS client authentication or certificate-bound tokens (clientCertificate in a token request)" },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task Unimplemented_token_request_members_are_refused_loudly_by_name(string member, string feature)
    {
        TokenRequest request = DeviceToken("no-such-device-code");
        switch (member)
        {
            case "dpopNonceRequired":
                request.DpopNonceRequired = true;
                break;
            case "accessToken":
                request.AccessToken = "caller-chosen";
                break;
            case "jwtAtClaims":
                request.JwtAtClaims = """{"tier":"gold"}""";
                break;
            default:
                request.ClientCertificate = "-----BEGIN CERTIFICATE-----";
                break;
        }

        (await FluentActions.Awaiting(() => Fake.TokenAsync(request)).Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement " + feature + ".");
    }
}
