using Authlete.Sdk.Testing.Common;
using Authlete.Sdk.Testing.Token;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The RFC 7662 introspection endpoint's API, over the tokens the fake issued.</summary>
public sealed partial class FakeAuthlete
{
    /// <summary>
    /// Calls <c>/auth/introspection/standard</c>: <c>OK</c> with the RFC 7662 body (<c>active</c>, <c>scope</c>,
    /// <c>client_id</c>, <c>sub</c>, <c>exp</c>, <c>iat</c>, <c>token_type</c> and <c>aud</c> for the resources) for an
    /// access or refresh token the fake issued that is unexpired and unrevoked, <c>{"active":false}</c> for any other
    /// token, <c>BAD_REQUEST</c> without the <c>token</c> parameter. The caller protects its endpoint itself.
    /// </summary>
    /// <param name="request">The form parameters the endpoint received.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="FakeAuthleteNotSupportedException">A JWT response (RFC 9701) or the <c>rsUri</c> audience check was asked for.</exception>
    public Task<StandardIntrospectionResponse> StandardIntrospectionAsync(StandardIntrospectionRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.StandardIntrospection, request, cancellationToken);

    internal StandardIntrospectionResponse ProcessStandardIntrospection(StandardIntrospectionRequest request)
    {
        static StandardIntrospectionResponse Error(StandardIntrospectionAction action, string error, string code, string message)
        {
            string text = FakeResultCodes.Message(code, message);
            return new() { Action = action, ResultCode = code, ResultMessage = text, ResponseContent = Content.Error(error, text) };
        }

        if (Malformed(request) is { } malformed)
        {
            return Error(StandardIntrospectionAction.InternalServerError, "server_error", C.SiMalformed, malformed);
        }

        if (request.HttpAcceptHeader?.Contains("application/token-introspection+jwt", StringComparison.OrdinalIgnoreCase) == true
            || request.IntrospectionSignAlg is not null || request.IntrospectionEncryptionAlg is not null || request.IntrospectionEncryptionEnc is not null
            || request.SharedKeyForSign is not null || request.SharedKeyForEncryption is not null || request.PublicKeyForEncryption is not null)
        {
            throw FakeAuthleteNotSupportedException.For("JWT introspection responses (RFC 9701: httpAcceptHeader, introspection*Alg, keys)");
        }

        if (request.RsUri is not null)
        {
            throw FakeAuthleteNotSupportedException.For("the audience check of rsUri in a standard introspection request");
        }

        FormParameters form = FormParameters.Parse(request.Parameters);
        if (form.Repeated.Any())
        {
            return Error(StandardIntrospectionAction.BadRequest, "invalid_request", C.SiInvalidRequest,
                "Request parameters must not be repeated: " + Repeated(form) + ".");
        }

        string? token = form.Get("token");
        if (token is null)
        {
            return Error(StandardIntrospectionAction.BadRequest, "invalid_request", C.SiInvalidRequest, "The 'token' request parameter is missing.");
        }

        // The hint only orders the lookup (RFC 7662 §2.1): a token of the other type is still found.
        // Stryker disable once Equality,String : the hint only orders the lookups; a token value is never both an access and a refresh token, so either order gives the same answer
        bool refreshFirst = form.Get("token_type_hint") == "refresh_token";
        DateTimeOffset now = Now;
        IntrospectionContent content = new() { Active = false };
        TokenRecord? access = FindAccessToken(token);
        TokenRecord? refresh = FindRefreshToken(token);
        if (!refreshFirst && access is not null && access.AccessTokenActive(now))
        {
            content = Describe(access, access.Tokens.AccessTokenExpiresAt, "Bearer");
        }
        else if (refresh is not null && refresh.RefreshTokenActive(now))
        {
            content = Describe(refresh, refresh.Tokens.RefreshTokenExpiresAt!.Value, null);
        }
        else if (refreshFirst && access is not null && access.AccessTokenActive(now))
        {
            content = Describe(access, access.Tokens.AccessTokenExpiresAt, "Bearer");
        }

        string code = content.Active ? C.SiActive : C.SiInactive;
        return new StandardIntrospectionResponse
        {
            Action = StandardIntrospectionAction.Ok,
            ResultCode = code,
            ResultMessage = FakeResultCodes.Message(code, content.Active ? "The token is active." : "The token is not active."),
            ResponseContent = AuthleteJsonSerializer.Serialize(content),
        };

        IntrospectionContent Describe(TokenRecord record, DateTimeOffset expiresAt, string? tokenType) => new()
        {
            Active = true,
            Scope = record.Tokens.Scopes.Count > 0 ? string.Join(' ', record.Tokens.Scopes) : null,
            ClientId = record.ClientIdentifier,
            Sub = record.Tokens.Subject,
            TokenType = tokenType,
            Exp = expiresAt.ToUnixTimeSeconds(),
            Iat = record.IssuedAt.ToUnixTimeSeconds(),
            Aud = record.Resources.Count > 0 ? record.Resources : null,
            Iss = IssuerString,
        };
    }
}
