using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Authlete.Sdk.Testing.Ciba;
using Authlete.Sdk.Testing.Common;
using Authlete.Sdk.Testing.Token;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The token API for the CIBA, device code, password and refresh token grants, and the tokens it issues.</summary>
public sealed partial class FakeAuthlete
{
    private const string CibaGrantType = "urn:openid:params:grant-type:ciba";
    private const string DeviceCodeGrantType = "urn:ietf:params:oauth:grant-type:device_code";
    private const string PasswordGrantType = "password";
    private const string RefreshTokenGrantType = "refresh_token";

    private static readonly string[] GrantTypesNotImplemented =
    [
        "authorization_code", "client_credentials", "implicit",
        "urn:ietf:params:oauth:grant-type:token-exchange", "urn:ietf:params:oauth:grant-type:jwt-bearer",
        "urn:ietf:params:oauth:grant-type:pre-authorized_code",
    ];

    private static readonly HashSet<string> ReservedIdTokenClaims = new(StringComparer.Ordinal)
    {
        "iss", "sub", "aud", "exp", "iat", "auth_time", "acr", "nonce", "at_hash", "rt_hash", "urn:openid:params:jwt:claim:auth_req_id",
    };

    private string IssuerString => Settings.Issuer.OriginalString;

    /// <summary>
    /// Processes an <c>/auth/token</c> request for the grant types <c>urn:openid:params:grant-type:ciba</c> and
    /// <c>urn:ietf:params:oauth:grant-type:device_code</c>: <c>authorization_pending</c> until the end-user decided,
    /// <c>slow_down</c> when polled faster than the interval (which then grows by five seconds), <c>expired_token</c>
    /// after expiry, <c>access_denied</c> after denial (<c>transaction_failed</c> for CIBA's <c>TRANSACTION_FAILED</c>),
    /// <c>invalid_grant</c> for unknown or used codes, else tokens, once. For <c>password</c>, from a client whose
    /// <see cref="FakeClient.PasswordGrantAllowed"/> is set, it answers <c>PASSWORD</c> with a ticket, the username and
    /// the password, for <see cref="TokenIssueAsync"/> or <see cref="TokenFailAsync"/> (<c>unauthorized_client</c> for
    /// other clients). For <c>refresh_token</c> (RFC 6749 §6) it issues a new access token for the grant of the refresh
    /// token, which must be the authenticated client's, unexpired and unrevoked (<c>invalid_grant</c> otherwise); a
    /// <c>scope</c> may narrow the grant's scopes (<c>invalid_scope</c> for a scope not granted); the refresh token is
    /// rotated when <see cref="FakeServiceSettings.RefreshTokenRotation"/> is set, and the previous access token of the
    /// grant stops working.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentException">A required member of the request is missing.</exception>
    /// <exception cref="FakeAuthleteNotSupportedException">An unimplemented feature (DPoP, caller-supplied access tokens...)
    /// was asked for. A grant type it does not implement (<c>authorization_code</c>, <c>client_credentials</c>...) is answered <c>BAD_REQUEST</c> with <c>unsupported_grant_type</c>.</exception>
    public Task<TokenResponse> TokenAsync(TokenRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.Token, request, cancellationToken);

    internal TokenResponse ProcessToken(TokenRequest request)
    {
        static TokenResponse Error(TokenAction action, string error, string code, string message, string? description = null, string? uri = null)
        {
            string text = FakeResultCodes.Message(code, message);
            return new() { Action = action, ResultCode = code, ResultMessage = text, ResponseContent = Content.Error(error, description ?? text, uri) };
        }

        if (Malformed(request) is { } malformed)
        {
            return Error(TokenAction.InternalServerError, "server_error", C.TokenMalformed, malformed);
        }

        FormParameters form = FormParameters.Parse(request.Parameters);
        string? grantType = form.Get("grant_type");
        if (grantType is not null && GrantTypesNotImplemented.Contains(grantType))
        {
            // As a service with that grant type disabled answers: a 400 OAuth error the token endpoint relays, never a 500
            // to the client; the description says it is the fake's limit.
            return Error(TokenAction.BadRequest, "unsupported_grant_type", C.TokenUnsupportedGrantType,
                "Authlete.Sdk.Testing does not implement the grant type '" + grantType + "' (only " + CibaGrantType + ", " + DeviceCodeGrantType + ", password and refresh_token).");
        }

        RejectUnsupported(request, form, "token");
        if (request.Dpop is not null || request.DpopNonceRequired == true)
        {
            throw FakeAuthleteNotSupportedException.For("DPoP (dpop in a token request)");
        }

        if (request.AccessToken is not null || request.JwtAtClaims is not null)
        {
            throw FakeAuthleteNotSupportedException.For("caller-supplied or JWT access tokens (accessToken, jwtAtClaims in a token request)");
        }

        if (form.Repeated.Any())
        {
            return Error(TokenAction.BadRequest, "invalid_request", C.TokenInvalidRequest, "Request parameters must not be repeated: " + Repeated(form) + ".");
        }

        if (grantType is null)
        {
            return Error(TokenAction.BadRequest, "invalid_request", C.TokenInvalidRequest, "The 'grant_type' request parameter is missing.");
        }

        if (grantType is not CibaGrantType and not DeviceCodeGrantType and not PasswordGrantType and not RefreshTokenGrantType)
        {
            return Error(TokenAction.BadRequest, "unsupported_grant_type", C.TokenUnsupportedGrantType, $"The grant type '{grantType}' is not supported.");
        }

        ClientAuthentication auth = AuthenticateClient(request, form, authenticationRequired: false, C.TokenClientAuthFailed, C.TokenInvalidRequest);
        if (!auth.Succeeded)
        {
            return Error(auth.Error == "invalid_client" ? TokenAction.InvalidClient : TokenAction.BadRequest, auth.Error!, auth.ResultCode!, auth.Message!);
        }

        if (grantType == PasswordGrantType)
        {
            return ProcessPasswordGrant(form, auth);
        }

        if (grantType == RefreshTokenGrantType)
        {
            return ProcessRefreshTokenGrant(request, form, auth);
        }

        FakeClient client = auth.Client!;
        bool ciba = grantType == CibaGrantType;
        string codeName = ciba ? "auth_req_id" : "device_code";
        TokenResponse WithClient(TokenResponse response)
        {
            FillClient(response, client, auth.AliasUsed);
            response.GrantType = ciba ? GrantType.Ciba : GrantType.DeviceCode;
            response.ClientAuthMethod = client.ClientAuthMethod;
            return response;
        }

        string? code = form.Get(codeName);
        if (code is null)
        {
            return WithClient(Error(TokenAction.BadRequest, "invalid_request", C.TokenInvalidRequest, $"The '{codeName}' request parameter is missing."));
        }

        lock (_gate)
        {
            PendingGrant? grant = ciba
                ? _cibaByAuthReqId.GetValueOrDefault(code)
                : _deviceByCode.GetValueOrDefault(code);
            if (grant is null || grant.Client.ClientId != client.ClientId)
            {
                return WithClient(Error(TokenAction.BadRequest, "invalid_grant", C.TokenInvalidGrant,
                    grant is null ? $"The {codeName} does not exist." : $"The {codeName} was issued to another client."));
            }

            if (ciba && client.DeliveryMode == DeliveryMode.Push)
            {
                return WithClient(Error(TokenAction.BadRequest, "unauthorized_client", C.TokenUnauthorizedClient,
                    "The client uses the push mode: its tokens are delivered to its notification endpoint, not the token endpoint."));
            }

            if (grant.Consumed)
            {
                return WithClient(Error(TokenAction.BadRequest, "invalid_grant", C.TokenInvalidGrant, $"Tokens have already been issued for the {codeName}."));
            }

            DateTimeOffset now = Now;
            if (now >= grant.ExpiresAt)
            {
                return WithClient(Error(TokenAction.BadRequest, "expired_token", C.TokenExpired, $"The {codeName} has expired."));
            }

            if (grant.Decision is { } decision)
            {
                if (!decision.Authorized)
                {
                    bool failed = decision.Result == "TRANSACTION_FAILED";
                    string error = ciba && failed ? "transaction_failed" : "access_denied";
                    string message = failed ? "The end-user authorization failed (TRANSACTION_FAILED)." : "The end-user denied the authorization request.";
                    return WithClient(Error(TokenAction.BadRequest, error, failed ? C.TokenTransactionFailed : C.TokenAccessDenied, message,
                        decision.ErrorDescription, decision.ErrorUri));
                }

                IssuedTokens tokens = IssueTokens(grant, decision, null, request.AccessTokenDuration, request.RefreshTokenDuration, request.Properties);
                grant.Consumed = true;
                return WithClient(TokenIssued(tokens, "An access token was issued.", grant.Resources));
            }

            // Still pending: RFC 8628 §3.5 and CIBA Core §11. The first poll is never too early.
            if (grant.LastPolledAt is { } last && now - last < grant.Interval)
            {
                grant.Interval += TimeSpan.FromSeconds(5);
                grant.LastPolledAt = now;
                return WithClient(Error(TokenAction.BadRequest, "slow_down", C.TokenSlowDown,
                    $"The client polled too often; wait at least {(int)grant.Interval.TotalSeconds} seconds between requests from now on."));
            }

            grant.LastPolledAt = now;
            return WithClient(Error(TokenAction.BadRequest, "authorization_pending", C.TokenPending, "The end-user has not yet decided."));
        }
    }

    /// <summary>Issues an opaque access token, a refresh token (when the service issues them) and an ID token (for <c>openid</c>).</summary>
    private IssuedTokens IssueTokens(
        PendingGrant grant, GrantDecision decision, string? pushAuthReqId,
        long? accessTokenDuration = null, long? refreshTokenDuration = null, IReadOnlyList<Property>? extraProperties = null)
    {
        DateTimeOffset now = Now;
        IReadOnlyList<string> scopes = decision.Scopes ?? grant.Scopes;
        long accessSeconds = Positive(accessTokenDuration) ?? Positive(decision.AccessTokenDuration) ?? (long)Settings.AccessTokenDuration.TotalSeconds;
        long refreshSeconds = Positive(refreshTokenDuration) ?? Positive(decision.RefreshTokenDuration) ?? (long)Settings.RefreshTokenDuration.TotalSeconds;
        string accessToken = decision.AccessToken ?? RandomValues.Token();
        string? refreshToken = Settings.IssueRefreshTokens ? RandomValues.Token() : null;
        long idSeconds = (long)Settings.IdTokenDuration.TotalSeconds;
        string? idToken = scopes.Contains("openid")
            ? BuildIdToken(grant, decision, now, idSeconds, pushAuthReqId, accessToken, refreshToken)
            : null;

        List<Property>? properties = decision.Properties is null && extraProperties is null
            ? null
            : [.. decision.Properties ?? [], .. extraProperties ?? []];
        var issued = new IssuedTokens
        {
            AccessToken = accessToken,
            AccessTokenDuration = accessSeconds,
            AccessTokenExpiresAt = now.AddSeconds(accessSeconds),
            RefreshToken = refreshToken,
            RefreshTokenDuration = refreshToken is null ? 0 : refreshSeconds,
            RefreshTokenExpiresAt = refreshToken is null ? null : now.AddSeconds(refreshSeconds),
            IdToken = idToken,
            IdTokenDuration = idToken is null ? 0 : idSeconds,
            Scopes = scopes,
            Subject = decision.Subject,
            Properties = properties,
        };
        Remember(grant, decision, issued);
        return issued;

        static long? Positive(long? value) => value > 0 ? value : null;
    }

    /// <summary>Builds and signs (ES256) the ID token: iss, sub, aud, exp, iat, auth_time, acr, the extra claims, and for push the CIBA Core §10.3.1 claims.</summary>
    private string BuildIdToken(
        PendingGrant grant, GrantDecision decision, DateTimeOffset now, long lifetimeSeconds,
        string? pushAuthReqId, string accessToken, string? refreshToken)
    {
        string header;
        using (var stream = new MemoryStream())
        {
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("alg", SigningKey.Algorithm);
                writer.WriteString("typ", "JWT");
                writer.WriteString("kid", SigningKey.KeyId);
                writer.WriteEndObject();
            }

            header = FakeSigningKey.Base64Url(stream.ToArray());
        }

        string payload;
        using (var stream = new MemoryStream())
        {
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("iss", IssuerString);
                writer.WriteString("sub", decision.Sub ?? decision.Subject);
                string audience = grant.ClientIdAliasUsed && grant.Client.ClientIdAlias is not null
                    ? grant.Client.ClientIdAlias
                    : grant.Client.ClientId.ToString(CultureInfo.InvariantCulture);
                if (decision.IdTokenAudType == "array")
                {
                    writer.WriteStartArray("aud");
                    writer.WriteStringValue(audience);
                    writer.WriteEndArray();
                }
                else
                {
                    writer.WriteString("aud", audience);
                }

                long iat = now.ToUnixTimeSeconds();
                writer.WriteNumber("exp", iat + lifetimeSeconds);
                writer.WriteNumber("iat", iat);
                writer.WriteNumber("auth_time", decision.AuthTime ?? decision.DecidedAt.ToUnixTimeSeconds());
                if (decision.Acr is not null)
                {
                    writer.WriteString("acr", decision.Acr);
                }

                if (pushAuthReqId is not null)
                {
                    writer.WriteString("urn:openid:params:jwt:claim:auth_req_id", pushAuthReqId);
                    writer.WriteString("at_hash", HalfHash(accessToken));
                    if (refreshToken is not null)
                    {
                        writer.WriteString("rt_hash", HalfHash(refreshToken));
                    }
                }

                if (decision.Claims is not null)
                {
                    using JsonDocument claims = JsonDocument.Parse(decision.Claims);
                    foreach (JsonProperty claim in claims.RootElement.EnumerateObject())
                    {
                        if (!ReservedIdTokenClaims.Contains(claim.Name))
                        {
                            claim.WriteTo(writer);
                        }
                    }
                }

                writer.WriteEndObject();
            }

            payload = FakeSigningKey.Base64Url(stream.ToArray());
        }

        return SigningKey.Sign(header + "." + payload);
    }

    /// <summary>The left half of the SHA-256 hash of a token, base64url (OpenID Connect Core §3.1.3.6, for ES256).</summary>
    private static string HalfHash(string token)
    {
        byte[] hash = SHA256.HashData(Encoding.ASCII.GetBytes(token));
        return FakeSigningKey.Base64Url(hash.AsSpan(0, hash.Length / 2));
    }

    /// <summary>The <c>OK</c> answer of <c>/auth/token</c> for issued tokens.</summary>
    private static TokenResponse TokenIssued(IssuedTokens tokens, string message, IReadOnlyList<string> resources) => new()
    {
        Action = TokenAction.Ok,
        ResultCode = C.TokenOk,
        ResultMessage = FakeResultCodes.Message(C.TokenOk, message),
        ResponseContent = tokens.ToResponseContent(),
        AccessToken = tokens.AccessToken,
        AccessTokenDuration = tokens.AccessTokenDuration,
        AccessTokenExpiresAt = tokens.AccessTokenExpiresAt.ToUnixTimeMilliseconds(),
        RefreshToken = tokens.RefreshToken,
        RefreshTokenDuration = tokens.RefreshTokenDuration,
        RefreshTokenExpiresAt = tokens.RefreshTokenExpiresAt?.ToUnixTimeMilliseconds() ?? 0,
        IdToken = tokens.IdToken,
        Subject = tokens.Subject,
        Scopes = tokens.Scopes,
        Properties = tokens.Properties,
        Resources = resources.Count > 0 ? resources : null,
    };

    /// <summary>A <c>BAD_REQUEST</c> answer of <c>/auth/token</c> with an OAuth error body.</summary>
    private static TokenResponse GrantError(string error, string code, string message)
    {
        string text = FakeResultCodes.Message(code, message);
        return new TokenResponse { Action = TokenAction.BadRequest, ResultCode = code, ResultMessage = text, ResponseContent = Content.Error(error, text) };
    }

    /// <summary>Completes an answer of <c>/auth/token</c> for the authenticated client and the grant type it used.</summary>
    private static TokenResponse ForGrant(TokenResponse response, ClientAuthentication auth, GrantType grantType)
    {
        FillClient(response, auth.Client!, auth.AliasUsed);
        response.GrantType = grantType;
        response.ClientAuthMethod = auth.Client!.ClientAuthMethod;
        return response;
    }
}
