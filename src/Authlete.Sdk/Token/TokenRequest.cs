using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/auth/token</c> API: the token request a client sent to the token endpoint (CIBA and device code grants among others).
/// </summary>
/// <remarks>
/// Build it from the incoming HTTP request with <see cref="AuthleteClientRequestExtensions"/> (form fields, Basic credentials, client certificate) or set <see cref="AuthleteClientRequest.Parameters"/> to the raw form-encoded body.
/// </remarks>
public sealed class TokenRequest : AuthleteClientRequest
{
    /// <summary>Per-request options for OAuth Client ID Metadata Documents. (wire name <c>cimdOptions</c>)</summary>
    public CimdOptions? CimdOptions { get; set; }

    /// <summary>Extra properties to attach to the access token (wire name <c>properties</c>)</summary>
    public IReadOnlyList<Property>? Properties { get; set; }

    /// <summary>The value of the <c>DPoP</c> HTTP header (a DPoP proof JWT) (wire name <c>dpop</c>)</summary>
    public string? Dpop { get; set; }

    /// <summary>The HTTP method of the token request, for DPoP validation (default POST) (wire name <c>htm</c>)</summary>
    public string? Htm { get; set; }

    /// <summary>The URL of the token endpoint, for DPoP validation (default: the service's token endpoint) (wire name <c>htu</c>)</summary>
    public string? Htu { get; set; }

    /// <summary>An access token value to use instead of one Authlete generates. A secret (wire name <c>accessToken</c>)</summary>
    public string? AccessToken { get; set; }

    /// <summary>JSON object text of extra claims for a JWT access token (wire name <c>jwtAtClaims</c>)</summary>
    public string? JwtAtClaims { get; set; }

    /// <summary>The access token lifetime in seconds, overriding the default (positive values only) (wire name <c>accessTokenDuration</c>)</summary>
    public long? AccessTokenDuration { get; set; }

    /// <summary>The refresh token lifetime in seconds, overriding the default (positive values only) (wire name <c>refreshTokenDuration</c>)</summary>
    public long? RefreshTokenDuration { get; set; }

    /// <summary>Forces the DPoP proof to include a <c>nonce</c> even when the service does not require one (wire name <c>dpopNonceRequired</c>)</summary>
    public bool? DpopNonceRequired { get; set; }
}
