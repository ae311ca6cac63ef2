using Authlete.Sdk.Testing.Common;
using Authlete.Sdk.Testing.Token;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The refresh token grant (RFC 6749 §6): <c>/auth/token</c> with <c>grant_type=refresh_token</c>.</summary>
public sealed partial class FakeAuthlete
{
    /// <summary>
    /// Answers a refresh token request of an authenticated client: a new access token for the grant of the refresh token
    /// (same subject, client, properties; the grant's scopes or the narrower <c>scope</c> asked for), the refresh token
    /// rotated or kept (<see cref="FakeServiceSettings.RefreshTokenRotation"/>), and a new ID token when the scopes hold
    /// <c>openid</c>. As in Authlete, where an access token and its refresh token are one record that a refresh updates,
    /// the previous access token of the grant stops working.
    /// </summary>
    private TokenResponse ProcessRefreshTokenGrant(TokenRequest request, FormParameters form, ClientAuthentication auth)
    {
        FakeClient client = auth.Client!;
        TokenResponse Answer(TokenResponse response) => ForGrant(response, auth, GrantType.RefreshToken);

        TokenResponse Error(string error, string code, string message) => ForGrant(GrantError(error, code, message), auth, GrantType.RefreshToken);

        string? refreshToken = form.Get("refresh_token");
        if (refreshToken is null)
        {
            return Error("invalid_request", C.TokenInvalidRequest, "The 'refresh_token' request parameter is missing.");
        }

        lock (_gate)
        {
            TokenRecord? record = FindRefreshToken(refreshToken);
            if (record is null)
            {
                return Error("invalid_grant", C.TokenInvalidGrant, "The refresh token does not exist (it was never issued, was rotated or was revoked).");
            }

            if (record.Client.ClientId != client.ClientId)
            {
                return Error("invalid_grant", C.TokenInvalidGrant, "The refresh token was issued to another client.");
            }

            DateTimeOffset now = Now;
            if (!record.RefreshTokenActive(now))
            {
                return Error("invalid_grant", C.TokenInvalidGrant, "The refresh token has expired.");
            }

            IReadOnlyList<string> requested = form.GetTokens("scope");
            string[] notGranted = requested.Where(s => !record.RefreshTokenScopes.Contains(s)).ToArray();
            if (notGranted.Length > 0)
            {
                return Error("invalid_scope", C.TokenInvalidScope,
                    "The scope must not include scopes the grant does not have (RFC 6749 §6): " + string.Join(' ', notGranted) + ".");
            }

            IReadOnlyList<string> scopes = requested.Count > 0
                ? record.RefreshTokenScopes.Where(requested.Contains).ToList()
                : record.RefreshTokenScopes;
            IssuedTokens tokens = RefreshTokens(record, scopes, now, request.AccessTokenDuration, request.RefreshTokenDuration, request.Properties);
            TokenResponse issued = TokenIssued(tokens, "An access token was issued (refresh token grant).", record.Resources);
            issued.RefreshTokenScopes = record.RefreshTokenScopes;
            return Answer(issued);
        }
    }

    /// <summary>Replaces a token record by one with a new access token (and, with rotation, a new refresh token).</summary>
    private IssuedTokens RefreshTokens(
        TokenRecord record, IReadOnlyList<string> scopes, DateTimeOffset now,
        long? accessTokenDuration, long? refreshTokenDuration, IReadOnlyList<Property>? extraProperties)
    {
        GrantDecision decision = record.Decision;
        IssuedTokens previous = record.Tokens;
        long accessSeconds = Positive(accessTokenDuration) ?? Positive(decision.AccessTokenDuration) ?? (long)Settings.AccessTokenDuration.TotalSeconds;
        string accessToken = RandomValues.Token();
        string refreshToken;
        long refreshSeconds;
        DateTimeOffset refreshExpiresAt;
        if (Settings.RefreshTokenRotation)
        {
            refreshToken = RandomValues.Token();
            refreshSeconds = Positive(refreshTokenDuration) ?? Positive(decision.RefreshTokenDuration) ?? (long)Settings.RefreshTokenDuration.TotalSeconds;
            refreshExpiresAt = now.AddSeconds(refreshSeconds);
        }
        else
        {
            refreshToken = previous.RefreshToken!;
            refreshSeconds = previous.RefreshTokenDuration;
            refreshExpiresAt = previous.RefreshTokenExpiresAt!.Value;
        }

        long idSeconds = (long)Settings.IdTokenDuration.TotalSeconds;
        string? idToken = scopes.Contains("openid")
            ? BuildIdToken(record.Grant, decision, now, idSeconds, null, accessToken, refreshToken)
            : null;

        // Properties sent with the refresh request replace those of the same key; the others stay with the grant.
        IReadOnlyList<Property>? properties = extraProperties is null
            ? previous.Properties
            : [.. (previous.Properties ?? []).Where(p => !extraProperties.Any(e => e.Key == p.Key)), .. extraProperties];
        var issued = new IssuedTokens
        {
            AccessToken = accessToken,
            AccessTokenDuration = accessSeconds,
            AccessTokenExpiresAt = now.AddSeconds(accessSeconds),
            RefreshToken = refreshToken,
            RefreshTokenDuration = refreshSeconds,
            RefreshTokenExpiresAt = refreshExpiresAt,
            IdToken = idToken,
            // Stryker disable once Conditional,Equality : the ID token lifetime of refreshed tokens is never reported; only a CIBA push complete answer carries one
            IdTokenDuration = idToken is null ? 0 : idSeconds,
            Scopes = scopes,
            Subject = previous.Subject,
            Properties = properties,
        };
        lock (_gate)
        {
            Forget(record);
            Remember(new TokenRecord
            {
                Tokens = issued,
                Client = record.Client,
                ClientIdAliasUsed = record.ClientIdAliasUsed,
                Resources = record.Resources,
                GrantType = GrantType.RefreshToken,
                IssuedAt = now,
                Grant = record.Grant,
                Decision = decision,
                RefreshTokenScopes = record.RefreshTokenScopes,
            });
        }

        return issued;

        static long? Positive(long? value) => value > 0 ? value : null;
    }
}
