using System.Globalization;
using System.Security.Claims;
using System.Text.Json;

namespace Authlete.Sdk.AspNetCore.Authentication;

/// <summary>The claims of the principal of a valid access token, named as in RFC 9068 and RFC 7662.</summary>
internal static class AccessTokenClaims
{
    /// <summary>The claim value type of a JSON object or array (as in Microsoft.IdentityModel's <c>JsonClaimValueTypes.Json</c>).</summary>
    public const string JsonValueType = "JSON";

    public static ClaimsPrincipal PrincipalOf(IntrospectionResponse response, string scheme, string issuer)
    {
        var claims = new List<Claim>();
        void Add(string type, string? value, string valueType = ClaimValueTypes.String)
        {
            if (!string.IsNullOrEmpty(value))
            {
                claims.Add(new Claim(type, value, valueType, issuer));
            }
        }

        Add("sub", response.Subject);
        bool clientKnown = response.ClientId != 0 || response.ClientIdAliasUsed || response.ClientEntityIdUsed || response.MetadataDocumentUsed;
        Add("client_id", clientKnown ? response.ClientIdentifier : null);
        foreach (string scope in response.Scopes ?? [])
        {
            Add("scope", scope);
        }

        if (response.ExpiresAt > 0)
        {
            Add("exp", (response.ExpiresAt / 1000).ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);
        }

        Add("acr", response.Acr);
        if (response.AuthTime > 0)
        {
            Add("auth_time", response.AuthTime.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);
        }

        if (response.CertificateThumbprint is { Length: > 0 } thumbprint)
        {
            // RFC 8705 §3.1: the confirmation of a certificate-bound token.
            Add("cnf", "{\"x5t#S256\":" + JsonSerializer.Serialize(thumbprint, AccessTokenJsonContext.Default.String) + "}", JsonValueType);
        }

        Add("grant_id", response.GrantId);
        foreach (AuthzDetailsElement element in response.AuthorizationDetails?.Elements ?? [])
        {
            // One claim per RFC 9396 element, in Authlete's JSON form.
            Add("authorization_details", AuthleteJsonSerializer.Serialize(element), JsonValueType);
        }

        foreach (string resource in response.AccessTokenResources ?? response.Resources ?? [])
        {
            Add("aud", resource);
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, "sub", "role"));
    }
}
