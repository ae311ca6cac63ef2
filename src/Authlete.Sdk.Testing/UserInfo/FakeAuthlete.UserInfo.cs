using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Authlete.Sdk.Testing.Common;
using Authlete.Sdk.Testing.Token;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The UserInfo endpoint's two APIs, over the tokens the fake issued.</summary>
public sealed partial class FakeAuthlete
{
    /// <summary>
    /// Calls <c>/auth/userinfo</c>: <c>OK</c> for an unexpired, unrevoked access token the fake issued with the
    /// <c>openid</c> scope, with its subject and the claim names its scopes imply (OpenID Connect Core §5.4);
    /// <c>UNAUTHORIZED</c> (<c>invalid_token</c>) for an unknown, expired or revoked token, <c>FORBIDDEN</c>
    /// (<c>insufficient_scope</c>) without <c>openid</c>, with the <c>WWW-Authenticate</c> value in <c>ResponseContent</c>.
    /// </summary>
    /// <param name="request">The access token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="FakeAuthleteNotSupportedException">DPoP, certificate binding or message signatures were asked for.</exception>
    public Task<UserInfoResponse> UserInfoAsync(UserInfoRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.UserInfo, request, cancellationToken);

    /// <summary>
    /// Calls <c>/auth/userinfo/issue</c>: for a token <see cref="UserInfoAsync"/> accepts, <c>JSON</c> with the
    /// UserInfo response: <c>sub</c> (the <c>sub</c> given, else the token's subject) and the members of
    /// <c>claims</c>; otherwise the errors of <see cref="UserInfoAsync"/>.
    /// </summary>
    /// <param name="request">The access token and the claim values (a JSON object's text).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="FakeAuthleteNotSupportedException">Transformed or verified claims, or message signatures, were
    /// given (the fake never answers <c>JWT</c>: signed or encrypted UserInfo responses are not implemented).</exception>
    public Task<UserInfoIssueResponse> UserInfoIssueAsync(UserInfoIssueRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.UserInfoIssue, request, cancellationToken);

    internal UserInfoResponse ProcessUserInfo(UserInfoRequest request)
    {
        static UserInfoResponse Answer(UserInfoAction action, string error, string code, string message, string? scope = null)
        {
            string text = FakeResultCodes.Message(code, message);
            return new() { Action = action, ResultCode = code, ResultMessage = text, ResponseContent = Content.Challenge(error, text, scope) };
        }

        if (Malformed(request) is { } malformed)
        {
            return Answer(UserInfoAction.BadRequest, "invalid_request", C.UiMissingToken, malformed);
        }

        RejectUnsupportedProof("userinfo", request.ClientCertificate, request.Dpop, request.DpopNonceRequired,
            request.Uri, request.Message, request.Headers, request.TargetUri, request.RequestBodyContained);

        TokenRecord? record = FindAccessToken(request.Token!);
        if (record is null || !record.AccessTokenActive(Now))
        {
            return Answer(UserInfoAction.Unauthorized, "invalid_token", record is null ? C.UiUnknownToken : C.UiExpiredToken,
                record is null ? "The access token does not exist." : "The access token has expired.");
        }

        UserInfoResponse response = record.Tokens.Scopes.Contains("openid")
            ? new()
            {
                Action = UserInfoAction.Ok,
                ResultCode = C.UiOk,
                ResultMessage = FakeResultCodes.Message(C.UiOk, "The access token is valid; collect the claims and call /auth/userinfo/issue."),
                Claims = ClaimNamesOf(record.Tokens.Scopes) is { Count: > 0 } claims ? claims : null,
            }
            : Answer(UserInfoAction.Forbidden, "insufficient_scope", C.UiNoOpenId, "The access token does not have the openid scope.", "openid");
        FillClient(response, record.Client, record.ClientIdAliasUsed);
        response.Subject = record.Tokens.Subject;
        response.Scopes = record.Tokens.Scopes;
        response.Token = request.Token;
        response.Properties = record.Tokens.Properties;
        return response;
    }

    internal UserInfoIssueResponse ProcessUserInfoIssue(UserInfoIssueRequest request)
    {
        static UserInfoIssueResponse Answer(UserInfoIssueAction action, string error, string code, string message, string? scope = null)
        {
            string text = FakeResultCodes.Message(code, message);
            return new() { Action = action, ResultCode = code, ResultMessage = text, ResponseContent = Content.Challenge(error, text, scope) };
        }

        if (Malformed(request) is { } malformed)
        {
            return Answer(UserInfoIssueAction.BadRequest, "invalid_request", C.UiiMalformed, malformed);
        }

        if (request.ClaimsForTx is not null || request.VerifiedClaimsForTx is not null)
        {
            throw FakeAuthleteNotSupportedException.For("transformed and verified claims (claimsForTx, verifiedClaimsForTx in a userinfo issue request)");
        }

        if (request.RequestSignature is not null || request.Headers is not null)
        {
            throw FakeAuthleteNotSupportedException.For("HTTP message signatures (requestSignature, headers in a userinfo issue request)");
        }

        JsonDocument? claims = null;
        if (request.Claims is not null)
        {
            try
            {
                claims = JsonDocument.Parse(request.Claims);
            }
            // Stryker disable once Block : claims is still null when Parse throws; the assignment only says so
            catch (JsonException)
            {
                claims = null;
            }

            if (claims?.RootElement.ValueKind != JsonValueKind.Object)
            {
                // Stryker disable once Statement : disposing the parsed claims only returns pooled memory; the answer is the same
                claims?.Dispose();
                return Answer(UserInfoIssueAction.InternalServerError, "server_error", C.UiiMalformed, "claims must be the text of a JSON object.");
            }
        }

        using (claims)
        {
            TokenRecord? record = FindAccessToken(request.Token!);
            if (record is null || !record.AccessTokenActive(Now))
            {
                return Answer(UserInfoIssueAction.Unauthorized, "invalid_token", record is null ? C.UiiUnknownToken : C.UiiExpiredToken,
                    record is null ? "The access token does not exist." : "The access token has expired.");
            }

            if (!record.Tokens.Scopes.Contains("openid"))
            {
                return Answer(UserInfoIssueAction.Forbidden, "insufficient_scope", C.UiiNoOpenId, "The access token does not have the openid scope.", "openid");
            }

            return new UserInfoIssueResponse
            {
                Action = UserInfoIssueAction.Json,
                ResultCode = C.UiiOk,
                ResultMessage = FakeResultCodes.Message(C.UiiOk, "The userinfo response was built."),
                ResponseContent = UserInfoJson(request.Sub ?? record.Tokens.Subject, claims?.RootElement),
            };
        }
    }

    /// <summary>The UserInfo response: <c>sub</c>, then every claim but <c>sub</c>.</summary>
    private static string UserInfoJson(string sub, JsonElement? claims)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("sub", sub);
            if (claims is { } values)
            {
                foreach (JsonProperty claim in values.EnumerateObject())
                {
                    if (claim.Name != "sub")
                    {
                        claim.WriteTo(writer);
                    }
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
