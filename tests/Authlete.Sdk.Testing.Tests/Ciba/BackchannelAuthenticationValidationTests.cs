using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Ciba;

public sealed class BackchannelAuthenticationValidationTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    public static TheoryData<long, string, string> BadRequests => new()
    {
        { PollClientId, "scope=profile&login_hint=alice", "invalid_request" },
        { PollClientId, "login_hint=alice", "invalid_request" },
        { PollClientId, "scope=openid", "invalid_request" },
        { PollClientId, "scope=openid&login_hint=alice&login_hint_token=eyJ.x.y", "invalid_request" },
        { PollClientId, "scope=openid&login_hint=alice&scope=openid", "invalid_request" },
        { PollClientId, "scope=openid&login_hint=alice&requested_expiry=-5", "invalid_request" },
        { PollClientId, "scope=openid&login_hint=alice&requested_expiry=soon", "invalid_request" },
        { PollClientId, "scope=openid&login_hint=alice&binding_message=" + new string('x', 141), "invalid_binding_message" },
        { PingClientId, "scope=openid&login_hint=alice", "invalid_request" },
        { PushClientId, "scope=openid&login_hint=alice", "invalid_request" },
        { UserCodeClientId, "scope=openid&login_hint=alice", "missing_user_code" },
        { NoCibaClientId, "scope=openid&login_hint=alice", "unauthorized_client" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Invalid_requests_are_bad_requests(long clientId, string parameters, string error)
    {
        BackchannelAuthenticationResponse response = await _t.Api.BackchannelAuthenticationAsync(
            new BackchannelAuthenticationRequest { Parameters = parameters }.WithClientCredentials(Basic(clientId)));
        response.Action.Should().Be(BackchannelAuthenticationAction.BadRequest, response.ResultMessage);
        response.ReadError()!.Error.Should().Be(error);
        response.ReadError()!.ErrorDescription.Should().Be(response.ResultMessage);
        response.Ticket.Should().BeNull();
    }

    [Fact]
    public async Task A_user_code_satisfies_a_client_that_requires_one()
    {
        BackchannelAuthenticationResponse response = await _t.Api.BackchannelAuthenticationAsync(
            Backchannel(UserCodeClientId, ("scope", "openid"), ("login_hint", "alice"), ("user_code", "1234")));
        response.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification);
        response.UserCodeRequired.Should().BeTrue();
        response.UserCode.Should().Be("1234");
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData("")]
    public async Task A_wrong_client_secret_is_unauthorized(string secret)
    {
        var request = new BackchannelAuthenticationRequest { Parameters = "scope=openid&login_hint=alice" }
            .WithClientCredentials(Basic(PollClientId, secret));
        BackchannelAuthenticationResponse response = await _t.Api.BackchannelAuthenticationAsync(request);
        response.Action.Should().Be(BackchannelAuthenticationAction.Unauthorized);
        response.ReadError()!.Error.Should().Be("invalid_client");
    }

    [Fact]
    public async Task Unknown_and_public_clients_are_unauthorized()
    {
        (await _t.Api.BackchannelAuthenticationAsync(Backchannel(9999, ("scope", "openid"), ("login_hint", "alice"))))
            .Action.Should().Be(BackchannelAuthenticationAction.Unauthorized);
        (await _t.Api.BackchannelAuthenticationAsync(new BackchannelAuthenticationRequest { Parameters = "client_id=2001&scope=openid&login_hint=alice" }))
            .Action.Should().Be(BackchannelAuthenticationAction.Unauthorized);
    }

    [Fact]
    public async Task Client_secret_post_and_the_alias_identify_the_client()
    {
        BackchannelAuthenticationResponse post = await _t.Api.BackchannelAuthenticationAsync(new BackchannelAuthenticationRequest
        {
            Parameters = "client_id=1004&client_secret=s3cret&scope=openid&login_hint=alice",
        });
        post.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification);
        post.ClientAuthMethod.Should().Be(ClientAuthMethod.ClientSecretPost);

        // A CLIENT_SECRET_BASIC client may not put its secret in the form.
        (await _t.Api.BackchannelAuthenticationAsync(new BackchannelAuthenticationRequest
        {
            Parameters = "client_id=1001&client_secret=s3cret&scope=openid&login_hint=alice",
        })).Action.Should().Be(BackchannelAuthenticationAction.Unauthorized);

        BackchannelAuthenticationResponse alias = await _t.Api.BackchannelAuthenticationAsync(
            new BackchannelAuthenticationRequest { Parameters = "scope=openid&login_hint=alice" }
                .WithClientCredentials("Basic " + Convert.ToBase64String("poll-app:s3cret"u8.ToArray())));
        alias.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification);
        alias.ClientIdAliasUsed.Should().BeTrue();
        alias.ClientIdentifier.Should().Be("poll-app");
    }

    [Theory]
    [InlineData("ACCESS_DENIED", "FORBIDDEN", "access_denied")]
    [InlineData("SERVER_ERROR", "INTERNAL_SERVER_ERROR", "server_error")]
    [InlineData("UNKNOWN_USER_ID", "BAD_REQUEST", "unknown_user_id")]
    [InlineData("EXPIRED_LOGIN_HINT_TOKEN", "BAD_REQUEST", "expired_login_hint_token")]
    [InlineData("UNAUTHORIZED_CLIENT", "BAD_REQUEST", "unauthorized_client")]
    [InlineData("MISSING_USER_CODE", "BAD_REQUEST", "missing_user_code")]
    [InlineData("INVALID_USER_CODE", "BAD_REQUEST", "invalid_user_code")]
    [InlineData("INVALID_BINDING_MESSAGE", "BAD_REQUEST", "invalid_binding_message")]
    [InlineData("INVALID_TARGET", "BAD_REQUEST", "invalid_target")]
    public async Task Fail_maps_the_reason_to_an_action_and_error_and_deletes_the_ticket(string reason, string action, string error)
    {
        BackchannelAuthenticationResponse started = await _t.Api.BackchannelAuthenticationAsync(
            Backchannel(PollClientId, ("scope", "openid"), ("login_hint", "alice")));
        BackchannelAuthenticationFailResponse failed = await _t.Api.BackchannelAuthenticationFailAsync(new()
        {
            Ticket = started.Ticket,
            Reason = new BackchannelAuthenticationFailReason(reason),
            ErrorDescription = "Described",
            ErrorUri = "https://as.example.com/errors/1",
        });
        failed.Action.Should().Be(new BackchannelAuthenticationFailAction(action));
        OAuthError content = failed.ReadError()!;
        content.Error.Should().Be(error);
        content.ErrorDescription.Should().Be("Described");
        content.ErrorUri.Should().Be("https://as.example.com/errors/1");

        (await _t.Api.BackchannelAuthenticationIssueAsync(new() { Ticket = started.Ticket })).Action
            .Should().Be(BackchannelAuthenticationIssueAction.InvalidTicket);
        (await _t.Api.BackchannelAuthenticationFailAsync(new() { Ticket = started.Ticket, Reason = BackchannelAuthenticationFailReason.AccessDenied }))
            .Action.Should().Be(BackchannelAuthenticationFailAction.InternalServerError);
    }

    [Fact]
    public async Task Fail_without_a_reason_is_a_server_error()
    {
        BackchannelAuthenticationResponse started = await _t.Api.BackchannelAuthenticationAsync(
            Backchannel(PollClientId, ("scope", "openid"), ("login_hint", "alice")));
        BackchannelAuthenticationFailResponse failed = await _t.Api.BackchannelAuthenticationFailAsync(new() { Ticket = started.Ticket });
        failed.Action.Should().Be(BackchannelAuthenticationFailAction.InternalServerError);
        failed.ReadError()!.Error.Should().Be("server_error");
    }
}
