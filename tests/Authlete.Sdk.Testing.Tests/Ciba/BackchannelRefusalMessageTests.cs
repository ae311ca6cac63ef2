using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Ciba;

/// <summary>
/// Each refusal of <c>/backchannel/authentication</c> says which check failed, names the client it identified, and the
/// limits of the request parameters hold at exactly their bound.
/// </summary>
public sealed class BackchannelRefusalMessageTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private Task<BackchannelAuthenticationResponse> SendAsync(long clientId, string parameters)
        => _t.Fake.BackchannelAuthenticationAsync(new BackchannelAuthenticationRequest { Parameters = parameters }.WithClientCredentials(Basic(clientId)));

    public static TheoryData<long, string, string, string> Refusals => new()
    {
        { NoCibaClientId, "scope=openid&login_hint=alice", "unauthorized_client", "[A910302] The client '1006' is not registered for CIBA (it has no token delivery mode)." },
        { PollClientId, "scope=profile&login_hint=alice", "invalid_request", "[A910301] The 'scope' request parameter must contain 'openid' (CIBA Core §7.1)." },
        { PollClientId, "scope=openid", "invalid_request", "[A910301] Exactly one of login_hint, id_token_hint and login_hint_token is required, but 0 were given (CIBA Core §7.1)." },
        { PollClientId, "scope=openid&login_hint=a&login_hint_token=b", "invalid_request", "[A910301] Exactly one of login_hint, id_token_hint and login_hint_token is required, but 2 were given (CIBA Core §7.1)." },
        { PollClientId, "scope=openid&id_token_hint=eyJ.x.y", "invalid_request", "[A910301] The id_token_hint is not an ID token this service issued (bad signature, issuer or format)." },
        { PollClientId, "scope=openid&login_hint=alice&binding_message=" + new string('x', 141), "invalid_binding_message", "[A910304] The 'binding_message' is longer than 140 characters." },
        { UserCodeClientId, "scope=openid&login_hint=alice", "missing_user_code", "[A910303] The client requires a 'user_code', but the request has none." },
        { PollClientId, "scope=openid&login_hint=alice&requested_expiry=0", "invalid_request", "[A910301] The 'requested_expiry' must be a positive integer (seconds)." },
        { PingClientId, "scope=openid&login_hint=alice", "invalid_request", "[A910301] The client uses the PING mode, so 'client_notification_token' is required (CIBA Core §7.1)." },
        { PushClientId, "scope=openid&login_hint=alice&client_notification_token=" + new string('t', 1025), "invalid_request", "[A910301] The 'client_notification_token' is longer than 1024 characters." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Each_refusal_says_which_check_failed_and_names_the_client(long clientId, string parameters, string error, string message)
    {
        BackchannelAuthenticationResponse response = await SendAsync(clientId, parameters);

        response.Action.Should().Be(BackchannelAuthenticationAction.BadRequest);
        response.ResultMessage.Should().Be(message);
        response.ReadError()!.Error.Should().Be(error);
        response.ClientId.Should().Be(clientId);
    }

    [Fact]
    public async Task Repeated_parameters_are_a_bad_request_that_names_them()
    {
        BackchannelAuthenticationResponse response = await SendAsync(PollClientId, "scope=openid&login_hint=alice&scope=openid");

        response.Action.Should().Be(BackchannelAuthenticationAction.BadRequest);
        response.ResultMessage.Should().Be("[A910301] Request parameters must not be repeated: scope.");
    }

    [Fact]
    public async Task A_client_id_that_differs_from_the_basic_credentials_is_a_bad_request_not_unauthorized()
    {
        BackchannelAuthenticationResponse response = await SendAsync(PollClientId, "client_id=1002&scope=openid&login_hint=alice");

        response.Action.Should().Be(BackchannelAuthenticationAction.BadRequest);
        response.ReadError()!.Error.Should().Be("invalid_request");
        response.ResultMessage.Should().Be("[A910301] The client ID in the Authorization header and the client_id request parameter differ.");
    }

    [Fact]
    public async Task A_binding_message_and_a_notification_token_of_exactly_the_maximum_length_are_accepted()
    {
        BackchannelAuthenticationResponse binding = await SendAsync(PollClientId, "scope=openid&login_hint=alice&binding_message=" + new string('x', 140));
        BackchannelAuthenticationResponse token = await SendAsync(PushClientId, "scope=openid&login_hint=alice&client_notification_token=" + new string('t', 1024));

        binding.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification, binding.ResultMessage);
        binding.BindingMessage.Should().HaveLength(140);
        token.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification, token.ResultMessage);
        token.ClientNotificationToken.Should().HaveLength(1024);
    }

    [Fact]
    public async Task An_accepted_request_says_what_to_do_next_and_echoes_acrs_and_resources_only_when_asked()
    {
        BackchannelAuthenticationResponse asked = await SendAsync(PollClientId,
            "scope=openid&login_hint=alice&acr_values=urn%3Aacr%3A1&resource=https%3A%2F%2Frs.example.com%2Fa");
        BackchannelAuthenticationResponse plain = await SendAsync(PollClientId, "scope=openid&login_hint=alice");

        asked.ResultMessage.Should().Be("[A910001] The backchannel authentication request is valid; identify the end-user and call the issue API.");
        asked.Acrs.Should().Equal("urn:acr:1");
        asked.Resources.Should().Equal("https://rs.example.com/a");
        plain.Acrs.Should().BeNull();
        plain.Resources.Should().BeNull();
    }

    [Fact]
    public async Task An_id_token_of_another_issuer_is_not_a_valid_hint()
    {
        TokenResponse tokens = await DeviceTokensAsync(_t.Fake, subject: "bob");
        _t.Fake.Settings.Issuer = new Uri("https://other-issuer.example.com");

        BackchannelAuthenticationResponse response = await SendAsync(PollClientId, "scope=openid&id_token_hint=" + tokens.IdToken);

        response.Action.Should().Be(BackchannelAuthenticationAction.BadRequest);
        response.ResultMessage.Should().Be("[A910301] The id_token_hint is not an ID token this service issued (bad signature, issuer or format).");
    }

    [Fact]
    public async Task Mutual_tls_is_refused_loudly_naming_the_backchannel_authentication_api()
    {
        var request = new BackchannelAuthenticationRequest { Parameters = "scope=openid&login_hint=alice", ClientCertificate = "-----BEGIN CERTIFICATE-----" }
            .WithClientCredentials(Basic(PollClientId));

        (await FluentActions.Awaiting(() => _t.Fake.BackchannelAuthenticationAsync(request)).Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().Contain("(clientCertificate in a backchannel authentication request)");
    }
}
