using Authlete.Sdk.Tests.Json;
using System.Text.Json.Nodes;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Token;

/// <summary>The wire format of <c>/auth/token/issue</c> and <c>/auth/token/fail</c> (the resource owner password flow).</summary>
public class TokenIssueWireTests
{
    [Fact]
    public void Member_counts_match_the_reference()
    {
        new[] { typeof(TokenIssueRequest), typeof(TokenIssueResponse), typeof(TokenFailRequest), typeof(TokenFailResponse) }.Select(t => WireContractTests.Expected[t].Length).Should().Equal(7, 26, 2, 4);
    }

    [Fact]
    public void The_published_token_issue_request_is_read()
    {
        var request = WireChecks.ReadsPublishedExample<TokenIssueRequest>("token-issue-request.json");
        request.Ticket.Should().Be("p7SXQ9JFjng7KFOZdCMBKcoR3ift7B54l1LGIgQXqEM");
        request.Subject.Should().Be("john");
    }

    [Fact]
    public void The_published_token_issue_response_is_read_with_its_token_content()
    {
        var response = WireChecks.ReadsPublishedExample<TokenIssueResponse>("token-issue-response.json");
        response.Action.Should().Be(TokenIssueAction.Ok);
        response.Action.HttpStatus.Should().Be(200);
        response.AccessToken.Should().Be("OthV6TlZ2pPUtlBBvBSGFYzSdgVy87SSIPz2Zjwi-m0");
        response.AccessTokenDuration.Should().Be(3600L, "seconds");
        response.AccessTokenExpiresAt.Should().Be(1640331371876L, "milliseconds");
        response.RefreshToken.Should().Be("ICPN0-sG3BH4szqiNqaFHZrWUGt7e0zaPuhys3ejQow");
        response.RefreshTokenDuration.Should().Be(3600L);
        response.RefreshTokenExpiresAt.Should().Be(1640331371876L);
        response.ClientId.Should().Be(26478243745571L);
        response.ClientIdentifier.Should().Be("26478243745571");
        response.Subject.Should().Be("john");
        response.ClientAttributes.Should().HaveCount(2);

        response.ResponseContent = WireChecks.Unescaped(response.ResponseContent);
        TokenContent content = response.ReadContent()!;
        content.AccessToken.Should().Be(response.AccessToken);
        content.RefreshToken.Should().Be(response.RefreshToken);
        content.TokenType.Should().Be("Bearer");
        content.ExpiresIn.Should().Be(3600);
        content.Scope.Should().BeNull();
    }

    [Fact]
    public void The_published_token_fail_request_is_read()
    {
        var request = WireChecks.ReadsPublishedExample<TokenFailRequest>("token-fail-request.json");
        request.Ticket.Should().Be("83BNqKIhGMyrkvop_7jQjv2Z1612LNdGSQKkvkrf47c");
        request.Reason.Should().Be(TokenFailReason.InvalidResourceOwnerCredentials);
        request.Reason!.Value.Kind.Should().Be(TokenFailReasonKind.InvalidResourceOwnerCredentials);
    }

    [Fact]
    public void The_published_token_fail_response_is_read_with_its_error()
    {
        var response = WireChecks.ReadsPublishedExample<TokenFailResponse>("token-fail-response.json");
        response.Action.Should().Be(TokenFailAction.BadRequest);
        response.Action.HttpStatus.Should().Be(400);
        response.ResponseContent = WireChecks.Unescaped(response.ResponseContent);
        OAuthError error = response.ReadError()!;
        error.Error.Should().Be("invalid_request", "Authlete answers invalid_request, not invalid_grant, for wrong credentials");
        error.ErrorUri.Should().Be("https://docs.authlete.com/#A067301");
    }

    [Fact]
    public void Requests_write_exactly_the_members_that_are_set()
    {
        Wire.Write(new TokenIssueRequest { Ticket = "t", Subject = "john" }).Should().Be("""{"ticket":"t","subject":"john"}""");
        Wire.Write(new TokenFailRequest { Ticket = "t", Reason = TokenFailReason.InvalidResourceOwnerCredentials })
            .Should().Be("""{"ticket":"t","reason":"INVALID_RESOURCE_OWNER_CREDENTIALS"}""");
        Wire.Write(new TokenFailRequest { Ticket = "t", Reason = "invalid_scope" }).Should().Be("""{"ticket":"t","reason":"invalid_scope"}""", "the spelling is kept");
        Wire.Write(new TokenIssueRequest
        {
            Ticket = "t",
            Subject = "john",
            Properties = [new Property { Key = "k", Value = "v", Hidden = true }],
            JwtAtClaims = "{}",
            AccessToken = "at",
            AccessTokenDuration = 4294967296L,
            RefreshTokenDuration = 86400,
        }).Should().Be("""
            {"ticket":"t","subject":"john","properties":[{"key":"k","value":"v","hidden":true}],"jwtAtClaims":"{}","accessToken":"at","accessTokenDuration":4294967296,"refreshTokenDuration":86400}
            """);
    }

    [Fact]
    public void Validate_requires_the_ticket_the_subject_and_the_reason()
    {
        WireChecks.FailsValidation(new TokenIssueRequest { Subject = "john" }, nameof(TokenIssueRequest.Ticket), "ticket");
        WireChecks.FailsValidation(new TokenIssueRequest { Ticket = "t" }, nameof(TokenIssueRequest.Subject), "subject");
        WireChecks.FailsValidation(new TokenFailRequest { Reason = TokenFailReason.Unknown }, nameof(TokenFailRequest.Ticket), "ticket");
        WireChecks.FailsValidation(new TokenFailRequest { Ticket = "t" }, nameof(TokenFailRequest.Reason), "reason");
        WireChecks.FailsValidation(new TokenFailRequest { Ticket = "t", Reason = default(TokenFailReason) }, nameof(TokenFailRequest.Reason), "reason");
        new TokenIssueRequest { Ticket = "t", Subject = "john" }.Validate();
        new TokenFailRequest { Ticket = "t", Reason = TokenFailReason.Unknown }.Validate();
    }

    [Fact]
    public void Unknown_actions_and_members_are_kept_and_written_back()
    {
        var issue = Wire.Read<TokenIssueResponse>("""{"action":"INVALID_TICKET","future":[1],"refresh_token_scopes":["a"]}""");
        issue.Action.IsKnown.Should().BeFalse("Authlete's token issue API has only INTERNAL_SERVER_ERROR and OK");
        issue.Action.HttpStatus.Should().BeNull();
        issue.RefreshTokenScopes.Should().Equal("a");
        JsonObject written = JsonNode.Parse(Wire.Write(issue))!.AsObject();
        written["action"]!.GetValue<string>().Should().Be("INVALID_TICKET");
        written["future"]!.ToJsonString().Should().Be("[1]");

        var fail = Wire.Read<TokenFailResponse>("""{"action":"UNAUTHORIZED","x":null}""");
        fail.Action.Kind.Should().Be(TokenFailActionKind.Unknown);
        Wire.Write(fail).Should().Be("""{"action":"UNAUTHORIZED","x":null}""");

        var request = Wire.Read<TokenFailRequest>("""{"ticket":"t","reason":"INVALID_GRANT"}""");
        request.Reason!.Value.IsKnown.Should().BeFalse();
        request.Reason.Value.Kind.Should().Be(TokenFailReasonKind.Unknown);
        Wire.Write(request).Should().Be("""{"ticket":"t","reason":"INVALID_GRANT"}""");
    }

    [Fact]
    public void Token_issue_actions_have_their_kind_and_status() => WireChecks.ActionsAre<TokenIssueAction, TokenIssueActionKind>(
        a => a.Kind,
        ("INTERNAL_SERVER_ERROR", TokenIssueActionKind.InternalServerError, 500, false),
        ("OK", TokenIssueActionKind.Ok, 200, false));

    [Fact]
    public void Token_fail_actions_have_their_kind_and_status() => WireChecks.ActionsAre<TokenFailAction, TokenFailActionKind>(
        a => a.Kind,
        ("INTERNAL_SERVER_ERROR", TokenFailActionKind.InternalServerError, 500, false),
        ("BAD_REQUEST", TokenFailActionKind.BadRequest, 400, false));

    [Fact]
    public void Token_fail_reasons_have_their_kind()
    {
        var table = new (TokenFailReason Reason, string Wire, TokenFailReasonKind Kind)[]
        {
            (TokenFailReason.Unknown, "UNKNOWN", TokenFailReasonKind.UnknownReason),
            (TokenFailReason.InvalidResourceOwnerCredentials, "INVALID_RESOURCE_OWNER_CREDENTIALS", TokenFailReasonKind.InvalidResourceOwnerCredentials),
            (TokenFailReason.InvalidTarget, "INVALID_TARGET", TokenFailReasonKind.InvalidTarget),
            (TokenFailReason.InvalidClient, "INVALID_CLIENT", TokenFailReasonKind.InvalidClient),
            (TokenFailReason.UnauthorizedClient, "UNAUTHORIZED_CLIENT", TokenFailReasonKind.UnauthorizedClient),
            (TokenFailReason.InvalidScope, "INVALID_SCOPE", TokenFailReasonKind.InvalidScope),
        };
        Enum.GetValues<TokenFailReasonKind>().Should().HaveCount(table.Length + 1);
        foreach ((TokenFailReason reason, string wire, TokenFailReasonKind kind) in table)
        {
            reason.Value.Should().Be(wire);
            reason.Kind.Should().Be(kind);
            reason.IsKnown.Should().BeTrue();
            Wire.Read<TokenFailRequest>($$"""{"reason":"{{wire.ToLowerInvariant()}}"}""").Reason.Should().Be(reason);
        }

        TokenFailReason.Unknown.IsKnown.Should().BeTrue("UNKNOWN is a reason Authlete defines");
        default(TokenFailReason).Kind.Should().Be(TokenFailReasonKind.Unknown);
    }

    [Fact]
    public void Both_responses_are_answers_to_the_client()
    {
        IAuthleteAnswerResponse<TokenIssueAction> issue = new TokenIssueResponse { Action = TokenIssueAction.InternalServerError, ResponseContent = """{"error":"server_error"}""" };
        issue.DpopNonce.Should().BeNull("send the DPoP-Nonce of the preceding /auth/token response");
        issue.AttestationChallenge.Should().BeNull();
        issue.ReadError()!.Error.Should().Be("server_error");

        var fail = new TokenFailResponse { Action = TokenFailAction.BadRequest, ResponseContent = """{"error":"invalid_scope"}""" };
        fail.Action.HttpStatus.Should().Be(400);
        fail.ReadError()!.Error.Should().Be("invalid_scope");
    }
}
