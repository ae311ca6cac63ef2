using Authlete.Sdk.Tests.Json;
using System.Text.Json.Nodes;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.UserInfo;

/// <summary>The wire format of <c>/auth/userinfo</c> and <c>/auth/userinfo/issue</c>.</summary>
public class UserInfoWireTests
{
    [Fact]
    public void Member_counts_match_the_reference()
    {
        new[] { typeof(UserInfoRequest), typeof(UserInfoResponse), typeof(UserInfoIssueRequest), typeof(UserInfoIssueResponse) }.Select(t => WireContractTests.Expected[t].Length).Should().Equal(11, 24, 7, 7);
    }

    [Fact]
    public void The_published_userinfo_request_is_read()
    {
        var request = WireChecks.ReadsPublishedExample<UserInfoRequest>("userinfo-request.json");
        request.Token.Should().Be("Ntm9MDb8WXQAevqrBkd84KTTHbYHVQrTjgUZCOWqEUI");
    }

    [Fact]
    public void The_published_userinfo_response_is_read_with_its_client_id_written_as_a_string()
    {
        var response = WireChecks.ReadsPublishedExample<UserInfoResponse>("userinfo-response.json", "clientId");
        response.Action.Should().Be(UserInfoAction.Ok);
        response.Action.HttpStatus.Should().BeNull("the UserInfo endpoint calls /auth/userinfo/issue first");
        response.ClientId.Should().Be(15518267821L, "the published example writes the int64 as a string of digits");
        response.ClientIdAliasUsed.Should().BeFalse();
        response.Scopes.Should().Equal("openid");
        response.Subject.Should().Be("john");
        response.Token.Should().Be("Ntm9MDb8WXQAevqrBkd84KTTHbYHVQrTjgUZCOWqEUI");
        JsonNode.Parse(Wire.Write(response))!["clientId"]!.GetValue<long>().Should().Be(15518267821L, "it is written back as the schema's number");
    }

    [Fact]
    public void The_published_userinfo_issue_request_is_read()
    {
        var request = WireChecks.ReadsPublishedExample<UserInfoIssueRequest>("userinfo-issue-request.json");
        request.Token.Should().Be("Ntm9MDb8WXQAevqrBkd84KTTHbYHVQrTjgUZCOWqEUI");
    }

    [Fact]
    public void The_published_userinfo_issue_response_is_read()
    {
        var response = WireChecks.ReadsPublishedExample<UserInfoIssueResponse>("userinfo-issue-response.json");
        response.Action.Should().Be(UserInfoIssueAction.Json);
        response.Action.HttpStatus.Should().Be(200);
        JsonNode content = JsonNode.Parse(WireChecks.Unescaped(response.ResponseContent))!;
        content["sub"]!.GetValue<string>().Should().Be("john");
        content["exp"]!.GetValue<long>().Should().Be(1511600971L);
    }

    [Fact]
    public void Requested_verified_claims_for_tx_are_read_in_the_spec_form_and_the_java_form()
    {
        var spec = Wire.Read<UserInfoResponse>("""{"requestedVerifiedClaimsForTx":[["given_name","family_name"],[]]}""");
        var java = Wire.Read<UserInfoResponse>("""{"requested_verified_claims_for_tx":[{"array":["given_name","family_name"]},{"array":[]}]}""");
        var mixed = Wire.Read<UserInfoResponse>("""{"requestedVerifiedClaimsForTx":[{"other":1,"array":["given_name","family_name"]},[],null,{}]}""");
        foreach (UserInfoResponse response in new[] { spec, java })
        {
            response.RequestedVerifiedClaimsForTx.Should().HaveCount(2);
            response.RequestedVerifiedClaimsForTx![0].Should().Equal("given_name", "family_name");
            response.RequestedVerifiedClaimsForTx[1].Should().BeEmpty();
            JsonNode.Parse(Wire.Write(response))!["requestedVerifiedClaimsForTx"]!.ToJsonString().Should().Be("""[["given_name","family_name"],[]]""", "it is written in the spec's form");
        }

        mixed.RequestedVerifiedClaimsForTx.Should().HaveCount(4);
        mixed.RequestedVerifiedClaimsForTx![0].Should().Equal("given_name", "family_name");
        mixed.RequestedVerifiedClaimsForTx[2].Should().BeNull();
        mixed.RequestedVerifiedClaimsForTx[3].Should().BeNull();
        FluentActions.Invoking(() => Wire.Read<UserInfoResponse>("""{"requestedVerifiedClaimsForTx":["given_name"]}"""))
            .Should().Throw<System.Text.Json.JsonException>();
    }

    [Fact]
    public void A_java_wrapper_takes_its_array_member_only_and_nulls_survive_a_round_trip()
    {
        var read = Wire.Read<UserInfoResponse>("""
            {"requestedVerifiedClaimsForTx":[
              {"before":["x"],"array":["given_name"],"after":["y",{"z":[1]}],"empty":null},
              {"array":null},
              null]}
            """);

        read.RequestedVerifiedClaimsForTx.Should().HaveCount(3);
        read.RequestedVerifiedClaimsForTx![0].Should().Equal("given_name");
        read.RequestedVerifiedClaimsForTx[1].Should().BeNull();
        read.RequestedVerifiedClaimsForTx[2].Should().BeNull();
        JsonNode.Parse(Wire.Write(read))!["requestedVerifiedClaimsForTx"]!.ToJsonString().Should().Be("""[["given_name"],null,null]""");
    }

    [Fact]
    public void Requests_write_exactly_the_members_that_are_set()
    {
        Wire.Write(new UserInfoRequest { Token = "at" }).Should().Be("""{"token":"at"}""");
        Wire.Write(new UserInfoIssueRequest { Token = "at" }).Should().Be("""{"token":"at"}""");
        Wire.Write(new UserInfoRequest
        {
            Token = "at",
            ClientCertificate = "pem",
            Dpop = "eyJ.dpop",
            Htm = "POST",
            Htu = "https://as.example.com/userinfo",
            Uri = "https://as.example.com/userinfo",
            Message = "m",
            Headers = [new Pair { Key = "Signature-Input", Value = "sig=()" }],
            TargetUri = "https://as.example.com/userinfo?x=1",
            DpopNonceRequired = false,
            RequestBodyContained = true,
        }).Should().Be("""
            {"token":"at","clientCertificate":"pem","dpop":"eyJ.dpop","htm":"POST","htu":"https://as.example.com/userinfo","uri":"https://as.example.com/userinfo","message":"m","headers":[{"key":"Signature-Input","value":"sig=()"}],"targetUri":"https://as.example.com/userinfo?x=1","dpopNonceRequired":false,"requestBodyContained":true}
            """);
        string issue = Wire.Write(new UserInfoIssueRequest
        {
            Token = "at",
            Claims = """{"given_name":"John","family_name#ja":"ジョン"}""",
            Sub = "pairwise-1",
            ClaimsForTx = """{"birthdate":"1970-01-01"}""",
            RequestSignature = "sig=:abc:",
            Headers = [new Pair { Key = "Content-Type", Value = "application/json" }],
            VerifiedClaimsForTx = ["""{"birthdate":"1970-01-01"}"""],
        });
        JsonNode.DeepEquals(JsonNode.Parse(issue), JsonNode.Parse("""
            {"token":"at","claims":"{\"given_name\":\"John\",\"family_name#ja\":\"ジョン\"}","sub":"pairwise-1","claimsForTx":"{\"birthdate\":\"1970-01-01\"}","requestSignature":"sig=:abc:","headers":[{"key":"Content-Type","value":"application/json"}],"verifiedClaimsForTx":["{\"birthdate\":\"1970-01-01\"}"]}
            """)).Should().BeTrue(issue);
        issue.Should().StartWith("""{"token":"at","claims":""").And.EndWith("""],"verifiedClaimsForTx":["{\u0022birthdate\u0022:\u00221970-01-01\u0022}"]}""");
    }

    [Fact]
    public void Validate_requires_the_token()
    {
        WireChecks.FailsValidation(new UserInfoRequest(), nameof(UserInfoRequest.Token), "token");
        WireChecks.FailsValidation(new UserInfoIssueRequest { Claims = "{}" }, nameof(UserInfoIssueRequest.Token), "token");
        new UserInfoRequest { Token = "at" }.Validate();
        new UserInfoIssueRequest { Token = "at" }.Validate();
    }

    [Fact]
    public void Unknown_actions_and_members_are_kept_and_written_back()
    {
        var response = Wire.Read<UserInfoResponse>("""{"action":"STEP_UP","dpop_nonce":"n1","futureMember":[true]}""");
        response.Action.IsKnown.Should().BeFalse();
        response.Action.HttpStatus.Should().BeNull();
        response.DpopNonce.Should().Be("n1");
        response.ExtensionData.Should().ContainKey("futureMember");
        string written = Wire.Write(response);
        written.Should().Contain("\"action\":\"STEP_UP\"").And.Contain("\"dpopNonce\":\"n1\"").And.Contain("\"futureMember\":[true]");

        var issue = Wire.Read<UserInfoIssueResponse>("""{"action":"JWE","signature_input":"sig=()","other":"x"}""");
        issue.Action.Kind.Should().Be(UserInfoIssueActionKind.Unknown);
        issue.SignatureInput.Should().Be("sig=()");
        Wire.Write(issue).Should().Be("""{"action":"JWE","signatureInput":"sig=()","other":"x"}""");
    }

    [Fact]
    public void Userinfo_actions_have_their_kind_and_status() => WireChecks.ActionsAre<UserInfoAction, UserInfoActionKind>(
        a => a.Kind,
        ("INTERNAL_SERVER_ERROR", UserInfoActionKind.InternalServerError, 500, false),
        ("BAD_REQUEST", UserInfoActionKind.BadRequest, 400, false),
        ("UNAUTHORIZED", UserInfoActionKind.Unauthorized, 401, false),
        ("FORBIDDEN", UserInfoActionKind.Forbidden, 403, false),
        ("OK", UserInfoActionKind.Ok, null, false));

    [Fact]
    public void Userinfo_issue_actions_have_their_kind_and_status() => WireChecks.ActionsAre<UserInfoIssueAction, UserInfoIssueActionKind>(
        a => a.Kind,
        ("INTERNAL_SERVER_ERROR", UserInfoIssueActionKind.InternalServerError, 500, false),
        ("BAD_REQUEST", UserInfoIssueActionKind.BadRequest, 400, false),
        ("UNAUTHORIZED", UserInfoIssueActionKind.Unauthorized, 401, false),
        ("FORBIDDEN", UserInfoIssueActionKind.Forbidden, 403, false),
        ("JSON", UserInfoIssueActionKind.Json, 200, false),
        ("JWT", UserInfoIssueActionKind.Jwt, 200, false));

    [Fact]
    public void Neither_userinfo_response_is_an_answer_with_a_json_body()
    {
        foreach (Type type in new[] { typeof(UserInfoResponse), typeof(UserInfoIssueResponse) })
        {
            type.GetInterfaces().Should().NotContain(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAuthleteAnswerResponse<>),
                "errors carry the response content in WWW-Authenticate, and JWT is not JSON");
        }
    }
}
