using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Introspection;

/// <summary>The fake's <c>/auth/introspection</c> and <c>/auth/introspection/standard</c>, over the tokens it issued.</summary>
public sealed class IntrospectionTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    [Fact]
    public async Task An_active_token_it_issued_is_ok_with_its_grant()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);
        _t.Time.Advance(TimeSpan.FromMinutes(5));

        IntrospectionResponse response = await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken, Scopes = ["openid", "email"], Subject = "alice" });

        response.Action.Should().Be(IntrospectionAction.Ok, response.ResultMessage);
        response.ResultCode.Should().StartWith("A94");
        response.Subject.Should().Be("alice");
        response.ClientId.Should().Be(TestAuthlete.TvClientId);
        response.Scopes.Should().Equal("openid", "profile", "email");
        response.ExpiresAt.Should().Be(tokens.AccessTokenExpiresAt).And.Be(new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds());
        response.Existent.Should().BeTrue();
        response.Usable.Should().BeTrue();
        response.Sufficient.Should().BeTrue();
        response.Refreshable.Should().BeTrue();
        response.GrantType.Should().Be(GrantType.DeviceCode);
    }

    [Fact]
    public async Task The_acr_and_auth_time_of_the_users_decision_are_in_the_answer()
    {
        DeviceAuthorizationResponse authorized = await Fake.DeviceAuthorizationAsync(
            new DeviceAuthorizationRequest { Parameters = "client_id=" + TestAuthlete.TvClientId + "&scope=openid" });
        (await Fake.DeviceCompleteAsync(new DeviceCompleteRequest
        {
            UserCode = authorized.UserCode,
            Result = DeviceCompleteResult.Authorized,
            Subject = "alice",
            Acr = "urn:example:mfa",
            AuthTime = 1768467600,
        })).Action.Should().Be(DeviceCompleteAction.Success);
        TokenResponse tokens = await Fake.TokenAsync(TestAuthlete.DeviceToken(authorized.DeviceCode!));

        IntrospectionResponse response = await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken });

        response.Action.Should().Be(IntrospectionAction.Ok, response.ResultMessage);
        response.Acr.Should().Be("urn:example:mfa");
        response.AuthTime.Should().Be(1768467600);
    }

    [Fact]
    public async Task An_unknown_token_is_unauthorized_with_an_invalid_token_challenge()
    {
        IntrospectionResponse response = await Fake.IntrospectionAsync(new() { Token = "no-such-token" });

        response.Action.Should().Be(IntrospectionAction.Unauthorized);
        response.Existent.Should().BeFalse();
        response.ResponseContent.Should().StartWith("Bearer error=\"invalid_token\",error_description=\"[A940401] ");
    }

    [Fact]
    public async Task An_expired_token_is_unauthorized_but_existent()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);
        _t.Time.Advance(TimeSpan.FromHours(1));

        IntrospectionResponse response = await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken });

        response.Action.Should().Be(IntrospectionAction.Unauthorized);
        response.Existent.Should().BeTrue();
        response.Usable.Should().BeFalse();
        response.Refreshable.Should().BeTrue("the refresh token lives a day");
        response.ResponseContent.Should().Contain("error=\"invalid_token\"");
    }

    [Fact]
    public async Task A_missing_scope_is_forbidden_with_insufficient_scope_and_the_required_scopes()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake, scope: "openid profile");

        IntrospectionResponse response = await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken, Scopes = ["openid", "email"] });

        response.Action.Should().Be(IntrospectionAction.Forbidden);
        response.Usable.Should().BeTrue();
        response.Sufficient.Should().BeFalse();
        response.ResponseContent.Should().StartWith("Bearer error=\"insufficient_scope\"").And.EndWith(",scope=\"openid email\"");
    }

    [Fact]
    public async Task Another_subject_is_forbidden_with_invalid_request()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        IntrospectionResponse response = await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken, Subject = "bob" });

        response.Action.Should().Be(IntrospectionAction.Forbidden);
        response.ResponseContent.Should().StartWith("Bearer error=\"invalid_request\"");
    }

    [Fact]
    public async Task No_token_over_http_is_bad_request_and_in_process_an_argument_error()
    {
        using var http = new HttpClient(Fake.CreateHandler());
        using var message = new HttpRequestMessage(HttpMethod.Post, "https://authlete.fake.test/api/715948317/auth/introspection")
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
        message.Headers.Authorization = new("Bearer", Fake.Settings.ServiceAccessToken);
        using HttpResponseMessage answer = await http.SendAsync(message);
        IntrospectionResponse response = AuthleteJsonSerializer.Deserialize<IntrospectionResponse>(await answer.Content.ReadAsStringAsync());

        response.Action.Should().Be(IntrospectionAction.BadRequest);
        response.ResponseContent.Should().StartWith("Bearer error=\"invalid_request\"");
        await FluentActions.Awaiting(() => Fake.IntrospectionAsync(new IntrospectionRequest())).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task DPoP_and_the_resource_checks_are_refused_loudly()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        (await FluentActions.Awaiting(() => Fake.IntrospectionAsync(new() { Token = tokens.AccessToken, Dpop = "eyJ" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>()).Which.Message.Should().Contain("DPoP");
        (await FluentActions.Awaiting(() => Fake.IntrospectionAsync(new() { Token = tokens.AccessToken, Resources = ["https://rs.example.com"] }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>()).Which.Message.Should().Contain("resources");
    }

    [Fact]
    public async Task Standard_introspection_describes_active_access_and_refresh_tokens_per_rfc_7662()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        StandardIntrospectionResponse access = await Fake.StandardIntrospectionAsync(new() { Parameters = "token=" + tokens.AccessToken });
        StandardIntrospectionResponse refresh = await Fake.StandardIntrospectionAsync(
            new() { Parameters = "token=" + tokens.RefreshToken + "&token_type_hint=refresh_token" });

        access.Action.Should().Be(StandardIntrospectionAction.Ok);
        IntrospectionContent a = access.ReadContent()!;
        a.Active.Should().BeTrue();
        a.Scope.Should().Be("openid profile email");
        a.ClientId.Should().Be("2001");
        a.Sub.Should().Be("alice");
        a.TokenType.Should().Be("Bearer");
        a.Iat.Should().Be(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds());
        a.Exp.Should().Be(a.Iat + 3600);
        IntrospectionContent r = refresh.ReadContent()!;
        r.Active.Should().BeTrue();
        r.Exp.Should().Be(a.Iat + 86400);
        r.TokenType.Should().BeNull();
    }

    [Fact]
    public async Task Standard_introspection_of_an_unknown_or_expired_token_is_only_inactive()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);
        _t.Time.Advance(TimeSpan.FromHours(2));

        StandardIntrospectionResponse unknown = await Fake.StandardIntrospectionAsync(new() { Parameters = "token=no-such-token" });
        StandardIntrospectionResponse expired = await Fake.StandardIntrospectionAsync(new() { Parameters = "token=" + tokens.AccessToken });

        unknown.Action.Should().Be(StandardIntrospectionAction.Ok);
        unknown.ResponseContent.Should().Be("""{"active":false}""");
        expired.ResponseContent.Should().Be("""{"active":false}""");
    }

    [Fact]
    public async Task Standard_introspection_without_a_token_parameter_is_bad_request_and_jwt_responses_are_refused()
    {
        StandardIntrospectionResponse response = await Fake.StandardIntrospectionAsync(new() { Parameters = "token_type_hint=access_token" });

        response.Action.Should().Be(StandardIntrospectionAction.BadRequest);
        response.ReadError()!.Error.Should().Be("invalid_request");
        await FluentActions.Awaiting(() => Fake.StandardIntrospectionAsync(
                new() { Parameters = "token=x", HttpAcceptHeader = "application/token-introspection+jwt" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>();
    }
}
