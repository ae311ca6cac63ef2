using System.Text.Json.Nodes;
using Authlete.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Ciba;

/// <summary><c>/backchannel/authentication/complete</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class BackchannelAuthenticationCompleteTests : ApiContractTests<BackchannelAuthenticationCompleteRequest, BackchannelAuthenticationCompleteResponse>
{
    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Sends_exactly_the_members_that_are_set(AuthleteApiVersion version)
    {
        var (api, handler) = MockAuthlete.Create(version);
        string? sent = null;
        handler.Expect(HttpMethod.Post, MockAuthlete.BaseUrl(version) + "backchannel/authentication/complete")
            .With(r => { sent = r.Content!.ReadAsStringAsync().Result; return true; })
            .Respond("application/json", """{"action":"NO_ACTION"}""");

        await api.BackchannelAuthenticationCompleteAsync(new BackchannelAuthenticationCompleteRequest
        {
            Ticket = "NFIHGx_btVrWmtAD093D-87JxvT4DAtuijEkLVHbS4Q",
            Result = BackchannelAuthenticationCompleteResult.Authorized,
            Subject = "john",
            AuthTime = 1700000000,
            Acr = "urn:mace:incommon:iap:silver",
            Claims = """{"given_name":"John"}""",
            Properties = [new Property { Key = "region", Value = "eu", Hidden = true }],
            Scopes = ["openid", "payment"],
            ConsentedClaims = ["given_name"],
            AccessTokenDuration = 3600,
            IdTokenAudType = "string",
        });

        JsonNode.DeepEquals(JsonNode.Parse(sent!), JsonNode.Parse("""
            {"ticket":"NFIHGx_btVrWmtAD093D-87JxvT4DAtuijEkLVHbS4Q","result":"AUTHORIZED","subject":"john","authTime":1700000000,
             "acr":"urn:mace:incommon:iap:silver","claims":"{\"given_name\":\"John\"}",
             "properties":[{"key":"region","value":"eu","hidden":true}],"scopes":["openid","payment"],
             "consentedClaims":["given_name"],"accessTokenDuration":3600,"idTokenAudType":"string"}
            """)).Should().BeTrue(sent);
    }

    [Fact]
    public async Task Reads_a_push_notification_and_its_typed_content()
    {
        var (api, handler) = MockAuthlete.Create();
        handler.ExpectCall(AuthleteApiVersion.V3, "backchannel/authentication/complete", """
            {"resultCode":"A182001","resultMessage":"[A182001] The client notification content was built.","action":"NOTIFICATION",
             "responseContent":"{\"auth_req_id\":\"1c266114-a1be-4252-8ad1-04986c5b9ac1\",\"access_token\":\"G5kXH2wHvUra0sHlDy1iTkDJgsgUO1bN\",\"token_type\":\"Bearer\",\"refresh_token\":\"4bwc0ESC_IAhflf-ACC_vjD_ltc11ne-8gFPfA2Kx16\",\"expires_in\":120,\"id_token\":\"eyJhbGciOiJSUzI1NiIsImtpZCI6IjE2NzcyNiJ9.e30.sig\"}",
             "clientId":26862190133482,"clientIdAlias":"my-client","clientIdAliasUsed":true,"clientName":"My CIBA client",
             "deliveryMode":"PUSH","clientNotificationEndpoint":"https://rp.example.com/cb","clientNotificationToken":"8d67dc78-7faa-4d41-aabd-67707b374255",
             "authReqId":"1c266114-a1be-4252-8ad1-04986c5b9ac1","accessToken":"G5kXH2wHvUra0sHlDy1iTkDJgsgUO1bN","refreshToken":"4bwc0ESC_IAhflf-ACC_vjD_ltc11ne-8gFPfA2Kx16",
             "idToken":"eyJhbGciOiJSUzI1NiIsImtpZCI6IjE2NzcyNiJ9.e30.sig","accessTokenDuration":120,"refreshTokenDuration":3600,"idTokenDuration":300,
             "resources":["https://rs.example.com"],"authorizationDetails":{"elements":[{"type":"payment_initiation","actions":["initiate"],"otherFields":"{\"amount\":\"12\"}"}]},
             "serviceAttributes":[{"key":"tier","value":"gold"}],"clientAttributes":[{"key":"team","value":"a"}],"grantId":"g-1",
             "clientEntityId":"https://rp.example.com","clientEntityIdUsed":false,"metadataDocumentLocation":"https://rp.example.com/md","metadataDocumentUsed":false}
            """);

        var response = await api.BackchannelAuthenticationCompleteAsync(new BackchannelAuthenticationCompleteRequest
        {
            Ticket = "t", Result = BackchannelAuthenticationCompleteResult.Authorized, Subject = "john",
        });

        response.Action.Should().Be(BackchannelAuthenticationCompleteAction.Notification);
        response.DeliveryMode.Should().Be(DeliveryMode.Push);
        response.ClientId.Should().Be(26862190133482L);
        response.ClientIdentifier.Should().Be("my-client");
        response.RefreshTokenDuration.Should().Be(3600);
        response.AuthorizationDetails!.Elements![0].Type.Should().Be("payment_initiation");
        response.ServiceAttributes![0].Value.Should().Be("gold");
        response.MetadataDocumentLocation.Should().Be("https://rp.example.com/md");

        CibaNotification notification = response.ReadNotification()!;
        notification.AuthReqId.Should().Be("1c266114-a1be-4252-8ad1-04986c5b9ac1");
        notification.TokenType.Should().Be("Bearer");
        notification.ExpiresIn.Should().Be(120);
        notification.IsError.Should().BeFalse();
    }

    [Fact]
    public async Task Reads_a_ping_and_a_push_error_notification()
    {
        var (api, handler) = MockAuthlete.Create();
        handler.ExpectCall(AuthleteApiVersion.V3, "backchannel/authentication/complete",
            """{"action":"NOTIFICATION","deliveryMode":"PING","responseContent":"{\"auth_req_id\":\"1c266114\"}"}""");
        handler.ExpectCall(AuthleteApiVersion.V3, "backchannel/authentication/complete",
            """{"action":"NOTIFICATION","deliveryMode":"PUSH","responseContent":"{\"error\":\"access_denied\",\"auth_req_id\":\"1c266114\"}"}""");
        var request = new BackchannelAuthenticationCompleteRequest { Ticket = "t", Result = BackchannelAuthenticationCompleteResult.AccessDenied, Subject = "john" };

        var ping = await api.BackchannelAuthenticationCompleteAsync(request);
        var pushError = await api.BackchannelAuthenticationCompleteAsync(request);

        ping.ReadNotification()!.AuthReqId.Should().Be("1c266114");
        ping.ReadNotification()!.AccessToken.Should().BeNull();
        pushError.ReadNotification()!.Error.Should().Be("access_denied");
        pushError.ReadNotification()!.IsError.Should().BeTrue();
    }

    [Fact]
    public void Validation_names_the_missing_member()
    {
        var request = new BackchannelAuthenticationCompleteRequest { Ticket = "t", Result = BackchannelAuthenticationCompleteResult.Authorized };
        FluentActions.Invoking(request.Validate).Should().Throw<ArgumentException>()
            .Which.ParamName.Should().Be("Subject");
        request.Subject = "john";
        request.Result = null;
        FluentActions.Invoking(request.Validate).Should().Throw<ArgumentException>()
            .WithMessage("*Result*'result'*");
    }

    [Fact]
    public async Task Sends_every_request_member_literally()
    {
        string body = await SentBodyAsync(api => api.BackchannelAuthenticationCompleteAsync(new BackchannelAuthenticationCompleteRequest
        {
            Ticket = "t", Result = BackchannelAuthenticationCompleteResult.TransactionFailed, Subject = "john", Sub = "pairwise-1",
            AuthTime = 1700000000, Acr = "acr1", Claims = "{}", Properties = [new Property { Key = "k", Value = "v" }], Scopes = ["openid"],
            IdtHeaderParams = """{"typ":"JWT"}""", ErrorDescription = "device unreachable", ErrorUri = "https://as.example.com/e", ConsentedClaims = ["email"],
            JwtAtClaims = """{"x":1}""", AccessToken = "at", AccessTokenDuration = 60, RefreshTokenDuration = 120, IdTokenAudType = "array",
        }));
        ShouldBeJson(body, """
            {"ticket":"t","result":"TRANSACTION_FAILED","subject":"john","sub":"pairwise-1","authTime":1700000000,"acr":"acr1","claims":"{}",
             "properties":[{"key":"k","value":"v","hidden":false}],"scopes":["openid"],"idtHeaderParams":"{\"typ\":\"JWT\"}",
             "errorDescription":"device unreachable","errorUri":"https://as.example.com/e","consentedClaims":["email"],"jwtAtClaims":"{\"x\":1}",
             "accessToken":"at","accessTokenDuration":60,"refreshTokenDuration":120,"idTokenAudType":"array"}
            """);
    }

    [Fact]
    public void The_published_poll_example_needs_no_notification()
    {
        var response = Wire.Read<BackchannelAuthenticationCompleteResponse>(Wire.Fixture("backchannel-authentication-complete-response.json"));
        response.Action.Should().Be(BackchannelAuthenticationCompleteAction.NoAction);
        response.Action.Kind.Should().Be(BackchannelAuthenticationCompleteActionKind.NoAction);
        response.DeliveryMode.Should().Be(DeliveryMode.Poll);
        response.ReadNotification().Should().BeNull();
    }

    /// <summary>The ping callback of CIBA Core §10.2 (Fixtures/spec, sources in Fixtures/SOURCES.md).</summary>
    [Fact]
    public void Reads_the_ciba_10_2_ping_callback()
    {
        var response = new BackchannelAuthenticationCompleteResponse { ResponseContent = Spec("ciba-10.2-ping.json") };
        CibaNotification ping = response.ReadNotification()!;
        ping.AuthReqId.Should().Be("1c266114-a1be-4252-8ad1-04986c5b9ac1");
        ping.AccessToken.Should().BeNull();
        ping.IsError.Should().BeFalse();
    }

    /// <summary>The successful push of CIBA Core §10.3.1 (Fixtures/spec, sources in Fixtures/SOURCES.md).</summary>
    [Fact]
    public void Reads_the_ciba_10_3_1_push_token_delivery()
    {
        var response = new BackchannelAuthenticationCompleteResponse { ResponseContent = Spec("ciba-10.3.1-push-success.json") };
        CibaNotification push = response.ReadNotification()!;
        push.AuthReqId.Should().Be("1c266114-a1be-4252-8ad1-04986c5b9ac1");
        push.AccessToken.Should().Be("G5kXH2wHvUra0sHlDy1iTkDJgsgUO1bN");
        push.TokenType.Should().Be("Bearer");
        push.RefreshToken.Should().Be("4bwc0ESC_IAhflf-ACC_vjD_ltc11ne-8gFPfA2Kx16");
        push.ExpiresIn.Should().Be(120);
        push.IdToken.Should().StartWith("eyJhbGciOiJSUzI1NiIsImtpZCI6IjE2NzcyNiJ9.");
        push.ExtensionData.Should().BeNull();
    }

    [Fact]
    public void Reads_the_ciba_push_error_payload()
    {
        // CIBA Core §12 defines the members of the push error payload: auth_req_id, error, error_description.
        var response = new BackchannelAuthenticationCompleteResponse
        {
            ResponseContent = """{"auth_req_id":"1c266114-a1be-4252-8ad1-04986c5b9ac1","error":"access_denied","error_description":"The end-user denied the authorization request."}""",
        };
        CibaNotification error = response.ReadNotification()!;
        error.IsError.Should().BeTrue();
        error.Error.Should().Be("access_denied");
        error.ErrorDescription.Should().Be("The end-user denied the authorization request.");
    }

    private static string Spec(string name) => Wire.Fixture(Path.Combine("spec", name));
}
