using Authlete.Sdk.Tests.Json;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Revocation;

/// <summary>The wire format of <c>/auth/revocation</c>.</summary>
public class RevocationWireTests
{
    [Fact]
    public void The_published_request_is_read()
    {
        var request = WireChecks.ReadsPublishedExample<RevocationRequest>("revocation-request.json");
        request.Parameters.Should().Be("VFGsNK-5sXiqterdaR7b5QbRX9VTwVCQB87jbr2_xAI&token_type_hint=access_token", "kept as published, without token=");
        request.ClientId.Should().Be("26478243745571");
        request.ClientSecret.Should().StartWith("gXz97ISgLs4HuXwOZWch8GEmgL4YMvUJwu3er");
    }

    [Fact]
    public void The_published_response_is_read()
    {
        var response = WireChecks.ReadsPublishedExample<RevocationResponse>("revocation-response.json");
        response.Action.Should().Be(RevocationAction.Ok);
        response.Action.HttpStatus.Should().Be(200);
        response.ResponseContent.Should().BeNull("an OK answer without a callback has no body");
        response.ResultCode.Should().Be("A113001");
    }

    [Fact]
    public void The_request_writes_exactly_the_members_that_are_set()
    {
        Wire.Write(new RevocationRequest { Parameters = "token=at" }).Should().Be("""{"parameters":"token=at"}""");
        Wire.Write(new RevocationRequest
        {
            Parameters = "token=at&token_type_hint=access_token",
            ClientId = "26478243745571",
            ClientSecret = "secret",
            ClientCertificate = "pem",
            ClientCertificatePath = ["pem1", "pem2"],
            OAuthClientAttestation = "eyJ.att",
            OAuthClientAttestationPop = "eyJ.pop",
        }).Should().Be("""
            {"parameters":"token=at\u0026token_type_hint=access_token","clientId":"26478243745571","clientSecret":"secret","clientCertificate":"pem","clientCertificatePath":["pem1","pem2"],"oauthClientAttestation":"eyJ.att","oauthClientAttestationPop":"eyJ.pop"}
            """);
    }

    [Fact]
    public void The_request_reads_the_attestation_headers_in_snake_case()
    {
        var request = Wire.Read<RevocationRequest>("""{"parameters":"token=at","oauth_client_attestation":"a","oauth_client_attestation_pop":"p","client_certificate_path":["c"]}""");
        (request.OAuthClientAttestation, request.OAuthClientAttestationPop).Should().Be(("a", "p"));
        request.ClientCertificatePath.Should().Equal("c");
        request.ExtensionData.Should().BeNull();
    }

    [Fact]
    public void The_request_has_no_cimd_options()
    {
        typeof(RevocationRequest).GetProperty("CimdOptions").Should().BeNull("Authlete's revocation API does not take cimdOptions");
        var request = Wire.Read<RevocationRequest>("""{"parameters":"p","cimdOptions":{"alwaysRetrieved":true}}""");
        request.ExtensionData.Should().ContainKey("cimdOptions", "a member this API does not define is kept, not dropped");
    }

    [Fact]
    public void Validate_requires_the_parameters()
    {
        WireChecks.FailsValidation(new RevocationRequest { ClientId = "c" }, nameof(RevocationRequest.Parameters), "parameters");
        new RevocationRequest { Parameters = "token=at" }.Validate();
    }

    [Fact]
    public void An_invalid_client_answer_carries_its_content_and_attestation_challenge()
    {
        var response = Wire.Read<RevocationResponse>("""{"action":"INVALID_CLIENT","responseContent":"{\"error\":\"invalid_client\"}","attestationChallenge":"ch-1"}""");
        response.Action.IsClientAuthenticationFailure.Should().BeTrue();
        IAuthleteAnswerResponse<RevocationAction> answer = response;
        answer.AttestationChallenge.Should().Be("ch-1");
        answer.DpopNonce.Should().BeNull();
        answer.ReadError()!.Error.Should().Be("invalid_client");
    }

    [Fact]
    public void Unknown_actions_and_members_are_kept_and_written_back()
    {
        var response = Wire.Read<RevocationResponse>("""{"action":"UNSUPPORTED_TOKEN_TYPE","futureMember":{"x":1}}""");
        response.Action.IsKnown.Should().BeFalse();
        response.Action.HttpStatus.Should().BeNull();
        Wire.Write(response).Should().Be("""{"action":"UNSUPPORTED_TOKEN_TYPE","futureMember":{"x":1}}""");
        Wire.Write(new RevocationResponse()).Should().Be("{}");
    }

    [Fact]
    public void Actions_have_their_kind_and_status() => WireChecks.ActionsAre<RevocationAction, RevocationActionKind>(
        a => a.Kind,
        ("INVALID_CLIENT", RevocationActionKind.InvalidClient, 400, true),
        ("INTERNAL_SERVER_ERROR", RevocationActionKind.InternalServerError, 500, false),
        ("BAD_REQUEST", RevocationActionKind.BadRequest, 400, false),
        ("OK", RevocationActionKind.Ok, 200, false));
}
