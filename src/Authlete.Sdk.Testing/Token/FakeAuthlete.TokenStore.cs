using Authlete.Sdk.Testing.Ciba;
using Authlete.Sdk.Testing.Device;
using Authlete.Sdk.Testing.Token;

namespace Authlete.Sdk.Testing;

/// <summary>The tokens the fake issued, by access token and by refresh token, until they are revoked.</summary>
public sealed partial class FakeAuthlete
{
    private readonly Dictionary<string, TokenRecord> _byAccessToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TokenRecord> _byRefreshToken = new(StringComparer.Ordinal);

    /// <summary>Keeps the tokens issued for a grant, for introspection, UserInfo and revocation.</summary>
    private void Remember(PendingGrant grant, GrantDecision decision, IssuedTokens tokens)
        => Remember(new TokenRecord
        {
            Tokens = tokens,
            Client = grant.Client,
            ClientIdAliasUsed = grant.ClientIdAliasUsed,
            Resources = grant.Resources,
            GrantType = grant switch
            {
                CibaTransaction => GrantType.Ciba,
                DeviceTransaction => GrantType.DeviceCode,
                _ => GrantType.Password,
            },
            IssuedAt = Now,
            Grant = grant,
            Decision = decision,
            RefreshTokenScopes = tokens.Scopes,
        });

    /// <summary>Keeps a token record, by its access token and its refresh token.</summary>
    private void Remember(TokenRecord record)
    {
        IssuedTokens tokens = record.Tokens;
        lock (_gate)
        {
            _byAccessToken[tokens.AccessToken] = record;
            if (tokens.RefreshToken is not null)
            {
                _byRefreshToken[tokens.RefreshToken] = record;
            }
        }
    }

    /// <summary>The record of an access token the fake issued and nobody revoked, expired or not; null otherwise.</summary>
    private TokenRecord? FindAccessToken(string accessToken)
    {
        lock (_gate)
        {
            return _byAccessToken.GetValueOrDefault(accessToken);
        }
    }

    /// <summary>The record of a refresh token the fake issued and nobody revoked, expired or not; null otherwise.</summary>
    private TokenRecord? FindRefreshToken(string refreshToken)
    {
        lock (_gate)
        {
            return _byRefreshToken.GetValueOrDefault(refreshToken);
        }
    }

    /// <summary>Forgets an access token and its refresh token: as in Authlete, they are one record and go together.</summary>
    private void Forget(TokenRecord record)
    {
        lock (_gate)
        {
            _byAccessToken.Remove(record.Tokens.AccessToken);
            if (record.Tokens.RefreshToken is not null)
            {
                _byRefreshToken.Remove(record.Tokens.RefreshToken);
            }
        }
    }
}
