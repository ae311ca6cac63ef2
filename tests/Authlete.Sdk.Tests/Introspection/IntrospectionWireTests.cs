using Authlete.Sdk.Tests.Json;
using System.Text.Json.Nodes;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Introspection;

/// <summary>The wire format of <c>/auth/introspection</c> and <c>/auth/introspection/standard</c>.</summary>
public class IntrospectionWireTests
{
    [Fact]
    public void Member_counts_match_the_reference()
    {
        new[] { typeof(IntrospectionRequest), typeof(IntrospectionResponse), typeof(StandardIntrospectionRequest), typeof(StandardIntrospectionResponse) }.Select(t => WireContractTests.Expected[t].Length).Should().Equal(17, 39, 10, 4);
    }

    [Fact]
    public void The_published_introspection_request_is_read()
    {
        var request = WireChecks.ReadsPublishedExample<IntrospectionRequest>("introspection-request.json");
        request.Token.Should().Be("VFGsNK-5sXiqterdaR7b5QbRX9VTwVCQB87jbr2_xAI");
        request.Subject.Should().Be("john");
        request.Scopes.Should().Equal("history.read", "timeline.read");
    }

    [Fact]
    public void The_published_introspection_response_is_read()
    {
        var response = WireChecks.ReadsPublishedExample<IntrospectionResponse>("introspection-response.json");
        response.Action.Should().Be(IntrospectionAction.Ok);
        response.Action.Kind.Should().Be(IntrospectionActionKind.Ok);
        response.Action.HttpStatus.Should().BeNull("the resource server serves the resource itself");
        response.ClientId.Should().Be(26478243745571L);
        response.ClientIdAlias.Should().Be("my-client");
        response.ExpiresAt.Should().Be(1640416873000L, "milliseconds");
        response.Existent.Should().BeTrue();
        response.Usable.Should().BeTrue();
        response.Sufficient.Should().BeTrue();
        response.Refreshable.Should().BeTrue();
        response.Subject.Should().Be("john");
        response.Scopes.Should().Equal("history.read", "timeline.read");
        response.ResponseContent.Should().Be("Bearer error=\"invalid_request\"");
        response.ClientAttributes.Should().HaveCount(2).And.Contain(p => p.Key == "attribute2-key" && p.Value == "attribute2-value");
        response.ServiceAttributes.Should().HaveCount(2);
    }

    [Fact]
    public void The_published_standard_introspection_request_is_read()
    {
        var request = WireChecks.ReadsPublishedExample<StandardIntrospectionRequest>("introspection-standard-request.json");
        request.Parameters.Should().Be("token=VFGsNK-5sXiqterdaR7b5QbRX9VTwVCQB87jbr2_xAI&token_type_hint=access_token");
    }

    [Fact]
    public void The_published_standard_introspection_response_is_read_with_its_rfc_7662_content()
    {
        var response = WireChecks.ReadsPublishedExample<StandardIntrospectionResponse>("introspection-standard-response.json");
        response.Action.Should().Be(StandardIntrospectionAction.Ok);
        response.Action.HttpStatus.Should().Be(200);

        response.ResponseContent = WireChecks.Unescaped(response.ResponseContent);
        IntrospectionContent content = response.ReadContent()!;
        content.Active.Should().BeTrue();
        content.Sub.Should().Be("john");
        content.Scope.Should().Be("history.read timeline.read");
        content.Iss.Should().Be("https://my-service.example.com");
        content.TokenType.Should().Be("Bearer");
        content.Exp.Should().Be(1640416873L, "seconds");
        content.ClientId.Should().Be("26478243745571");
        content.ExtensionData.Should().BeNull();
    }

    [Fact]
    public void The_introspection_content_reads_aud_as_a_string_or_a_list_and_keeps_other_members()
    {
        var one = new StandardIntrospectionResponse { ResponseContent = """{"active":true,"aud":"https://rs.example.com","cnf":{"x5t#S256":"abc"}}""" }.ReadContent()!;
        one.Aud.Should().Equal("https://rs.example.com");
        one.ExtensionData.Should().ContainKey("cnf");

        var many = new StandardIntrospectionResponse { ResponseContent = """{"active":false,"aud":["a","b"],"iat":1,"nbf":2,"jti":"j","username":"u"}""" }.ReadContent()!;
        many.Active.Should().BeFalse();
        many.Aud.Should().Equal("a", "b");
        (many.Iat, many.Nbf, many.Jti, many.Username).Should().Be((1L, 2L, "j", "u"));

        new StandardIntrospectionResponse().ReadContent().Should().BeNull();
        FluentActions.Invoking(() => new StandardIntrospectionResponse { Action = StandardIntrospectionAction.Jwt, ResponseContent = "eyJhbGciOiJSUzI1NiJ9.e30.sig" }.ReadContent())
            .Should().Throw<AuthleteSerializationException>("the JWT action's content is not JSON");
    }

    [Fact]
    public void Requests_write_exactly_the_members_that_are_set()
    {
        Wire.Write(new IntrospectionRequest { Token = "at" }).Should().Be("""{"token":"at"}""");
        Wire.Write(new StandardIntrospectionRequest { Parameters = "token=at" }).Should().Be("""{"parameters":"token=at"}""");
        Wire.Write(new IntrospectionRequest
        {
            Token = "at",
            Scopes = ["read"],
            Subject = "john",
            ClientCertificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
            Dpop = "eyJ.dpop",
            Htm = "GET",
            Htu = "https://rs.example.com/r",
            Resources = ["https://rs.example.com"],
            AcrValues = ["urn:acr:gold"],
            MaxAge = 3600,
            RequiredComponents = ["@method"],
            Uri = "https://rs.example.com/r?q=1",
            Message = "{}",
            Headers = [new Pair { Key = "Signature", Value = "sig" }],
            TargetUri = "https://rs.example.com/r?q=1",
            DpopNonceRequired = true,
            RequestBodyContained = false,
        }).Should().Be("""
            {"token":"at","scopes":["read"],"subject":"john","clientCertificate":"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----","dpop":"eyJ.dpop","htm":"GET","htu":"https://rs.example.com/r","resources":["https://rs.example.com"],"acrValues":["urn:acr:gold"],"maxAge":3600,"requiredComponents":["@method"],"uri":"https://rs.example.com/r?q=1","message":"{}","headers":[{"key":"Signature","value":"sig"}],"targetUri":"https://rs.example.com/r?q=1","dpopNonceRequired":true,"requestBodyContained":false}
            """);
        Wire.Write(new StandardIntrospectionRequest
        {
            Parameters = "token=at",
            WithHiddenProperties = true,
            RsUri = "https://rs.example.com",
            HttpAcceptHeader = "application/token-introspection+jwt",
            IntrospectionSignAlg = "ES256",
            IntrospectionEncryptionAlg = "RSA-OAEP-256",
            IntrospectionEncryptionEnc = "A128CBC-HS256",
            SharedKeyForSign = "s1",
            SharedKeyForEncryption = "s2",
            PublicKeyForEncryption = "{\"kty\":\"RSA\"}",
        }).Should().Be("""
            {"parameters":"token=at","withHiddenProperties":true,"rsUri":"https://rs.example.com","httpAcceptHeader":"application/token-introspection\u002Bjwt","introspectionSignAlg":"ES256","introspectionEncryptionAlg":"RSA-OAEP-256","introspectionEncryptionEnc":"A128CBC-HS256","sharedKeyForSign":"s1","sharedKeyForEncryption":"s2","publicKeyForEncryption":"{\u0022kty\u0022:\u0022RSA\u0022}"}
            """);
    }

    [Fact]
    public void Validate_requires_the_token_and_the_parameters()
    {
        WireChecks.FailsValidation(new IntrospectionRequest(), nameof(IntrospectionRequest.Token), "token");
        WireChecks.FailsValidation(new IntrospectionRequest { Token = "" }, nameof(IntrospectionRequest.Token), "token");
        WireChecks.FailsValidation(new StandardIntrospectionRequest(), nameof(StandardIntrospectionRequest.Parameters), "parameters");
        new IntrospectionRequest { Token = "at" }.Validate();
        new StandardIntrospectionRequest { Parameters = "token=at" }.Validate();
    }

    [Fact]
    public void Wide_numbers_keep_64_bits_and_their_units()
    {
        var response = Wire.Read<IntrospectionResponse>("""{"clientId":9007199254740993,"expiresAt":1640416873000,"authTime":1640413273,"cnonceExpiresAt":1640416873999}""");
        response.ClientId.Should().Be(9007199254740993L);
        response.ExpiresAt.Should().Be(1640416873000L);
        response.AuthTime.Should().Be(1640413273L);
        response.CnonceExpiresAt.Should().Be(1640416873999L);
        Wire.Write(new IntrospectionRequest { Token = "t", MaxAge = 4294967296L }).Should().Be("""{"token":"t","maxAge":4294967296}""");
    }

    [Fact]
    public void Unknown_actions_and_members_are_kept_and_written_back()
    {
        const string json = """{"action":"VALID","futureMember":{"a":[1]},"grantType":"SOMETHING_NEW","scopeDetails":[{"name":"openid","future":true}]}""";
        var response = Wire.Read<IntrospectionResponse>(json);
        response.Action.Value.Should().Be("VALID");
        response.Action.IsKnown.Should().BeFalse("there is no VALID action: a valid token gives OK");
        response.Action.HttpStatus.Should().BeNull();
        response.GrantType!.Value.IsKnown.Should().BeFalse();
        response.ExtensionData.Should().ContainKey("futureMember");
        response.ScopeDetails![0].ExtensionData.Should().ContainKey("future");
        JsonObject written = JsonNode.Parse(Wire.Write(response))!.AsObject();
        written["action"]!.GetValue<string>().Should().Be("VALID");
        written["grantType"]!.GetValue<string>().Should().Be("SOMETHING_NEW");
        JsonNode.DeepEquals(written["futureMember"], JsonNode.Parse("""{"a":[1]}""")).Should().BeTrue();

        var standard = Wire.Read<StandardIntrospectionResponse>("""{"action":"JWE","extra":1}""");
        standard.Action.Kind.Should().Be(StandardIntrospectionActionKind.Unknown);
        Wire.Write(standard).Should().Be("""{"action":"JWE","extra":1}""");
    }

    [Fact]
    public void A_response_without_an_action_writes_none()
    {
        Wire.Write(new StandardIntrospectionResponse()).Should().Be("{}");
        new IntrospectionResponse().Action.IsKnown.Should().BeFalse();
    }

    [Fact]
    public void Introspection_actions_have_their_kind_and_status() => WireChecks.ActionsAre<IntrospectionAction, IntrospectionActionKind>(
        a => a.Kind,
        ("INTERNAL_SERVER_ERROR", IntrospectionActionKind.InternalServerError, 500, false),
        ("BAD_REQUEST", IntrospectionActionKind.BadRequest, 400, false),
        ("UNAUTHORIZED", IntrospectionActionKind.Unauthorized, 401, false),
        ("FORBIDDEN", IntrospectionActionKind.Forbidden, 403, false),
        ("OK", IntrospectionActionKind.Ok, null, false));

    [Fact]
    public void Standard_introspection_actions_have_their_kind_and_status() => WireChecks.ActionsAre<StandardIntrospectionAction, StandardIntrospectionActionKind>(
        a => a.Kind,
        ("INTERNAL_SERVER_ERROR", StandardIntrospectionActionKind.InternalServerError, 500, false),
        ("BAD_REQUEST", StandardIntrospectionActionKind.BadRequest, 400, false),
        ("OK", StandardIntrospectionActionKind.Ok, 200, false),
        ("JWT", StandardIntrospectionActionKind.Jwt, 200, false));

    [Fact]
    public void Only_the_standard_introspection_response_is_an_answer_with_a_body()
    {
        typeof(IAuthleteAnswerResponse<StandardIntrospectionAction>).IsAssignableFrom(typeof(StandardIntrospectionResponse)).Should().BeTrue();
        typeof(IntrospectionResponse).GetInterfaces().Should().NotContain(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAuthleteAnswerResponse<>),
            "its response content is a WWW-Authenticate challenge, not a body");
    }
}
