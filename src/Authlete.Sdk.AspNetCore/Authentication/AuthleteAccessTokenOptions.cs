using Microsoft.AspNetCore.Authentication;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The settings of the authentication scheme that validates Authlete-issued access tokens with Authlete's
/// <c>/auth/introspection</c> API (<c>AddAuthleteAccessToken</c>).
/// </summary>
/// <remarks>
/// The scopes a request needs are not set here but on each endpoint (<see cref="AuthleteScopesAttribute"/>,
/// <c>RequireAuthleteScopes</c>), and sent to Authlete, which answers <c>insufficient_scope</c> for a token that lacks one.
/// The clock of the cache is <see cref="AuthenticationSchemeOptions.TimeProvider"/> (the system clock unless set).
/// </remarks>
public sealed class AuthleteAccessTokenOptions : AuthenticationSchemeOptions
{
    /// <summary>
    /// How long an <c>OK</c> answer of Authlete may be reused for the same token (and client certificate and required
    /// scopes) without asking Authlete again. <see cref="TimeSpan.Zero"/> (the default) turns the cache off.
    /// </summary>
    /// <remarks>
    /// An entry never outlives the token's own expiry. Answers to DPoP requests (each proof is single-use and Authlete
    /// must see it) and any answer but <c>OK</c> are never cached. A token revoked at Authlete stays accepted here for up to
    /// this long: keep it short (seconds to a minute) and off for APIs where revocation must take effect at once.
    /// </remarks>
    public TimeSpan CacheDuration { get; set; }

    /// <summary>The most entries the cache holds (10 000 by default); when it is full, expired entries go first, then the one nearest expiry.</summary>
    public int CacheSizeLimit { get; set; } = 10_000;

    /// <summary>
    /// Resources (RFC 8707 resource indicators, absolute URIs) a token must be bound to, sent to Authlete as
    /// <c>resources</c>: a token issued for other resources gets <c>FORBIDDEN</c>. Empty (the default): no check.
    /// </summary>
    public IList<string> Resources { get; } = [];

    /// <summary>
    /// True to make Authlete require a server-provided <c>nonce</c> in DPoP proofs (RFC 9449 §9) even when the service is
    /// not set up to (<c>dpopNonceRequired</c>, Authlete 3.0+). False (the default): the service's setting applies.
    /// </summary>
    public bool DpopNonceRequired { get; set; }

    /// <inheritdoc />
    public override void Validate()
    {
        base.Validate();
        if (CacheDuration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(CacheDuration), CacheDuration, "The cache duration cannot be negative; use TimeSpan.Zero to turn the cache off.");
        }

        if (CacheSizeLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(CacheSizeLimit), CacheSizeLimit, "The cache size limit must be at least 1.");
        }

        foreach (string resource in Resources)
        {
            if (!Uri.TryCreate(resource, UriKind.Absolute, out _))
            {
                throw new ArgumentException("Every resource must be an absolute URI (RFC 8707 §2).", nameof(Resources));
            }
        }
    }
}
