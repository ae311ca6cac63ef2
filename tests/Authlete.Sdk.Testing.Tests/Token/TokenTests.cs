using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Token;

public sealed class TokenTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task A_wrong_client_secret_is_invalid_client()
    {
        (_, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync();
        TokenResponse response = await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!, PollClientId, "wrong"));
        response.Action.Should().Be(TokenAction.InvalidClient);
        response.ReadError()!.Error.Should().Be("invalid_client");
    }

    [Fact]
    public async Task Unknown_and_foreign_auth_req_ids_are_invalid_grant()
    {
        (await _t.Api.TokenAsync(CibaToken("no-such-id"))).ReadError()!.Error.Should().Be("invalid_grant");
        (_, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync();
        (await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!, PostClientId)))
            .Action.Should().Be(TokenAction.InvalidClient, "client 1004 must use client_secret_post");
        TokenResponse foreign = await _t.Api.TokenAsync(new TokenRequest
        {
            Parameters = "grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=" + issued.AuthReqId + "&client_id=1004&client_secret=s3cret",
        });
        foreign.ReadError()!.Error.Should().Be("invalid_grant");
    }

    [Theory]
    [InlineData("grant_type=urn%3Aexample%3Aunknown", "unsupported_grant_type")]
    [InlineData("auth_req_id=x", "invalid_request")]
    [InlineData("grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba", "invalid_request")]
    public async Task Malformed_token_requests_are_bad_requests(string parameters, string error)
    {
        TokenResponse response = await _t.Api.TokenAsync(new TokenRequest { Parameters = parameters }.WithClientCredentials(Basic(PollClientId)));
        response.Action.Should().Be(TokenAction.BadRequest);
        response.ReadError()!.Error.Should().Be(error);
    }

    [Theory]
    [InlineData("authorization_code")]
    [InlineData("client_credentials")]
    [InlineData("urn:ietf:params:oauth:grant-type:token-exchange")]
    public async Task Grant_types_the_fake_does_not_implement_are_an_unsupported_grant_type_error_saying_so(string grantType)
    {
        var request = new TokenRequest { Parameters = "grant_type=" + grantType + "&code=abc" }.WithClientCredentials(Basic(PollClientId));

        TokenResponse overHttp = await _t.Api.TokenAsync(request);
        TokenResponse inProcess = await _t.Fake.TokenAsync(request);

        foreach (TokenResponse response in new[] { overHttp, inProcess })
        {
            response.Action.Kind.Should().Be(TokenActionKind.BadRequest, "a client's request for it is a 400 at the token endpoint, never a 500");
            OAuthError error = response.ReadError()!;
            error.Error.Should().Be("unsupported_grant_type");
            error.ErrorDescription.Should().Contain("Authlete.Sdk.Testing does not implement the grant type '" + grantType + "'");
        }
    }

    [Fact]
    public async Task Unimplemented_request_features_are_refused_loudly()
    {
        var dpop = new TokenRequest { Parameters = "grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=x", Dpop = "eyJ.x.y" };
        (await FluentActions.Awaiting(() => _t.Fake.TokenAsync(dpop)).Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().Contain("DPoP");

        var jwtAuth = new BackchannelAuthenticationRequest { Parameters = "client_assertion=eyJ.x.y&scope=openid&login_hint=a" };
        (await FluentActions.Awaiting(() => _t.Api.BackchannelAuthenticationAsync(jwtAuth)).Should().ThrowAsync<AuthleteApiException>())
            .Which.ResultMessage.Should().Contain("Authlete.Sdk.Testing does not implement the request parameter 'client_assertion'");

        FluentActions.Invoking(() => _t.Fake.AddClient(new FakeClient { ClientId = 77, ClientAuthMethod = ClientAuthMethod.PrivateKeyJwt }))
            .Should().Throw<FakeAuthleteNotSupportedException>();
    }

    [Fact]
    public async Task The_fake_is_also_an_IAuthleteApi_without_http()
    {
        IAuthleteApi api = Assert.IsAssignableFrom<IAuthleteApi>(_t.Fake);
        DeviceAuthorizationResponse authorized = await api.DeviceAuthorizationAsync(new() { Parameters = "client_id=2001&scope=openid" });
        await api.DeviceCompleteAsync(new() { UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "dave" });
        TokenResponse ok = await api.TokenAsync(DeviceToken(authorized.DeviceCode!));
        ok.Action.Should().Be(TokenAction.Ok);
        await FluentActions.Awaiting(() => api.TokenAsync(new TokenRequest())).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public void Clients_are_checked_when_registered()
    {
        FluentActions.Invoking(() => _t.Fake.AddClient(new FakeClient { ClientId = PollClientId, ClientSecret = "x" })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => _t.Fake.AddClient(new FakeClient { ClientId = 0, ClientSecret = "x" })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => _t.Fake.AddClient(new FakeClient { ClientId = 88 })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => _t.Fake.AddClient(new FakeClient { ClientId = 89, ClientSecret = "x", DeliveryMode = DeliveryMode.Ping }))
            .Should().Throw<ArgumentException>();
        _t.Fake.Clients.Should().HaveCount(7);
    }
}
