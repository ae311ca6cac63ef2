using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Authlete.Sdk.AspNetCore.Authentication;

/// <summary>
/// The access token of a resource request, read from <c>Authorization: Bearer</c> (RFC 6750 §2.1) or
/// <c>Authorization: DPoP</c> with its <c>DPoP</c> proof header (RFC 9449 §7). Never logged nor shown.
/// </summary>
internal sealed class PresentedToken
{
    private PresentedToken(string scheme, string? token, string? dpop, string? malformed)
    {
        Scheme = scheme;
        Token = token;
        Dpop = dpop;
        Malformed = malformed;
    }

    /// <summary>The scheme the client used: <c>Bearer</c> or <c>DPoP</c>, for the challenge of a malformed request.</summary>
    public string Scheme { get; }

    /// <summary>The access token; null when <see cref="Malformed"/> is set. A secret.</summary>
    public string? Token { get; }

    /// <summary>The DPoP proof JWT, or null.</summary>
    public string? Dpop { get; }

    /// <summary>Why the request is malformed (a fixed sentence, never a value), or null.</summary>
    public string? Malformed { get; }

    /// <summary>The token of the request; null when it carries none of ours (no <c>Authorization</c>, or another scheme).</summary>
    public static PresentedToken? Read(HttpRequest request)
    {
        StringValues authorization = request.Headers.Authorization;
        StringValues dpop = request.Headers["DPoP"];
        if (authorization.Count == 0)
        {
            return null;
        }

        string header = authorization.Count == 1 ? authorization[0] ?? string.Empty : string.Empty;
        string? scheme = SchemeOf(header, "Bearer") ?? SchemeOf(header, "DPoP");
        if (authorization.Count > 1)
        {
            // RFC 6750 §2 / RFC 9110 §11.6.2: one Authorization header; several are refused when one of them is ours.
            return authorization.Any(h => SchemeOf(h ?? string.Empty, "Bearer") is not null || SchemeOf(h ?? string.Empty, "DPoP") is not null)
                ? new PresentedToken("Bearer", null, null, "The request carries more than one Authorization header.")
                : null;
        }

        if (scheme is null)
        {
            return null;
        }

        string token = header[scheme.Length..].Trim(' ');
        if (token.Length == 0 || !IsToken68(token))
        {
            return new PresentedToken(scheme, null, null, "The Authorization header does not carry a well-formed access token.");
        }

        if (dpop.Count > 1 || (dpop.Count == 1 && dpop[0]?.Contains(',', StringComparison.Ordinal) == true))
        {
            // Several DPoP field lines, possibly folded into one by a proxy (a JWT has no comma).
            return new PresentedToken(scheme, null, null, "The request carries more than one DPoP header.");   // RFC 9449 §4.3
        }

        string? proof = dpop.Count == 1 && !string.IsNullOrEmpty(dpop[0]) ? dpop[0] : null;
        if (scheme == "DPoP" && proof is null)
        {
            return new PresentedToken(scheme, null, null, "A DPoP access token needs a DPoP proof header.");   // RFC 9449 §7.1
        }

        return new PresentedToken(scheme, token, proof, null);
    }

    /// <summary><paramref name="scheme"/> when <paramref name="header"/> is it (any case), alone or followed by a space.</summary>
    private static string? SchemeOf(string header, string scheme)
        => header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && (header.Length == scheme.Length || header[scheme.Length] == ' ')
            ? scheme
            : null;

    /// <summary>RFC 6750 §2.1 <c>b64token</c>: <c>1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="</c>.</summary>
    private static bool IsToken68(string value)
    {
        int end = value.Length;
        while (end > 0 && value[end - 1] == '=')
        {
            end--;
        }

        if (end == 0)
        {
            return false;
        }

        for (int i = 0; i < end; i++)
        {
            char c = value[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '+' or '/'))
            {
                return false;
            }
        }

        return true;
    }
}
