namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/auth/token/issue</c> API: issues the tokens of a resource owner password request after
/// the authorization server accepted the credentials (<c>/auth/token</c> returned <c>PASSWORD</c>).
/// </summary>
public sealed class TokenIssueRequest : AuthleteRequest
{
    /// <summary>The ticket from the <c>/auth/token</c> response. Required (wire name <c>ticket</c>)</summary>
    public string? Ticket { get; set; }

    /// <summary>The subject (unique user ID) of the authenticated resource owner. Required (wire name <c>subject</c>)</summary>
    public string? Subject { get; set; }

    /// <summary>Extra properties to attach to the access token; reserved OAuth and OpenID Connect names are ignored (wire name <c>properties</c>)</summary>
    public IReadOnlyList<Property>? Properties { get; set; }

    /// <summary>JSON object text of extra claims for a JWT access token (wire name <c>jwtAtClaims</c>)</summary>
    public string? JwtAtClaims { get; set; }

    /// <summary>An access token value to use instead of one Authlete generates; it needs high entropy. A secret (wire name <c>accessToken</c>)</summary>
    public string? AccessToken { get; set; }

    /// <summary>The access token lifetime in seconds, overriding the default (positive values only) (wire name <c>accessTokenDuration</c>)</summary>
    public long? AccessTokenDuration { get; set; }

    /// <summary>The refresh token lifetime in seconds, overriding the default (positive values only) (wire name <c>refreshTokenDuration</c>)</summary>
    public long? RefreshTokenDuration { get; set; }

    /// <inheritdoc />
    public override void Validate()
    {
        Require(Ticket, nameof(Ticket), "ticket");
        Require(Subject, nameof(Subject), "subject");
    }
}
