using Authlete.Sdk.Testing.Common;
using Authlete.Sdk.Testing.Token;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The introspection API a resource server calls, over the tokens the fake issued.</summary>
public sealed partial class FakeAuthlete
{
    /// <summary>
    /// Calls <c>/auth/introspection</c>: <c>OK</c> for an access token the fake issued that is unexpired, unrevoked and
    /// passes the checks asked for (<c>scopes</c>, <c>subject</c>); <c>UNAUTHORIZED</c> (<c>invalid_token</c>) for an
    /// unknown, expired or revoked token; <c>FORBIDDEN</c> for a missing scope (<c>insufficient_scope</c>) or another
    /// subject (<c>invalid_request</c>). <c>ResponseContent</c> is the RFC 6750 <c>WWW-Authenticate</c> value. The answer
    /// carries the token's subject, client, scopes, expiry, grant type, resources, and the <c>acr</c> and <c>authTime</c> the
    /// end-user's decision (the complete request) gave.
    /// </summary>
    /// <param name="request">The token and the checks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="FakeAuthleteNotSupportedException">DPoP, certificate binding, message signatures, or the
    /// <c>resources</c>, <c>acrValues</c> or <c>maxAge</c> checks were asked for.</exception>
    public Task<IntrospectionResponse> IntrospectionAsync(IntrospectionRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.Introspection, request, cancellationToken);

    internal IntrospectionResponse ProcessIntrospection(IntrospectionRequest request)
    {
        static IntrospectionResponse Answer(IntrospectionAction action, string error, string code, string message, string? scope = null)
        {
            string text = FakeResultCodes.Message(code, message);
            return new() { Action = action, ResultCode = code, ResultMessage = text, ResponseContent = Content.Challenge(error, text, scope) };
        }

        if (Malformed(request) is { } malformed)
        {
            return Answer(IntrospectionAction.BadRequest, "invalid_request", C.InMissingToken, malformed);
        }

        RejectUnsupportedProof("introspection", request.ClientCertificate, request.Dpop, request.DpopNonceRequired,
            request.Uri, request.Message, request.Headers, request.TargetUri, request.RequestBodyContained);
        if (request.RequiredComponents is not null)
        {
            throw FakeAuthleteNotSupportedException.For("HTTP message signatures (requiredComponents in an introspection request)");
        }

        if (request.Resources is not null || request.AcrValues is not null || request.MaxAge is not null)
        {
            throw FakeAuthleteNotSupportedException.For("the resources, acrValues and maxAge checks of an introspection request");
        }

        DateTimeOffset now = Now;
        TokenRecord? record = FindAccessToken(request.Token!);
        if (record is null)
        {
            return Answer(IntrospectionAction.Unauthorized, "invalid_token", C.InUnknownToken, "The access token does not exist.");
        }

        IntrospectionResponse response;
        bool usable = record.AccessTokenActive(now);
        bool sufficient = false;
        string[] missing = (request.Scopes ?? []).Where(s => !record.Tokens.Scopes.Contains(s)).ToArray();
        if (!usable)
        {
            response = Answer(IntrospectionAction.Unauthorized, "invalid_token", C.InExpiredToken, "The access token has expired.");
        }
        else if (missing.Length > 0)
        {
            response = Answer(IntrospectionAction.Forbidden, "insufficient_scope", C.InInsufficientScope,
                "The access token does not cover the scopes " + string.Join(' ', missing) + ".", string.Join(' ', request.Scopes!));
        }
        else if (request.Subject is not null && request.Subject != record.Tokens.Subject)
        {
            response = Answer(IntrospectionAction.Forbidden, "invalid_request", C.InSubjectMismatch, "The access token was issued for another subject.");
        }
        else
        {
            sufficient = true;
            response = Answer(IntrospectionAction.Ok, "invalid_request", C.InOk, "The access token is valid.");
        }

        IssuedTokens tokens = record.Tokens;
        FillClient(response, record.Client, record.ClientIdAliasUsed);
        response.Subject = tokens.Subject;
        response.Scopes = tokens.Scopes;
        response.ExpiresAt = tokens.AccessTokenExpiresAt.ToUnixTimeMilliseconds();
        response.Existent = true;
        response.Usable = usable;
        response.Sufficient = sufficient;
        response.Refreshable = record.RefreshTokenActive(now);
        response.Properties = tokens.Properties;
        response.GrantType = record.GrantType;
        response.Acr = record.Decision.Acr;                 // the user authentication behind the token, as the complete request gave it
        response.AuthTime = record.Decision.AuthTime ?? 0;
        response.AccessTokenResources = record.Resources.Count > 0 ? record.Resources : null;
        return response;
    }
}
