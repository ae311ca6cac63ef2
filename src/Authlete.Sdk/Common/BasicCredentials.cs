using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text;

namespace Authlete.Sdk;

/// <summary>Parses an HTTP Basic <c>Authorization</c> header the way RFC 6749 §2.3.1 describes for clients.</summary>
internal static class BasicCredentials
{
    public static bool TryParse(
        string? header, [NotNullWhen(true)] out string? clientId, [NotNullWhen(true)] out string? clientSecret)
    {
        clientId = null;
        clientSecret = null;
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        ReadOnlySpan<char> value = header.AsSpan().Trim();
        if (value.Length < 6 || !value[..6].Equals("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value[6..].Trim().ToString()));
        }
        catch (FormatException)
        {
            return false;
        }

        int colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        clientId = WebUtility.UrlDecode(decoded[..colon]);
        clientSecret = WebUtility.UrlDecode(decoded[(colon + 1)..]);
        return true;
    }
}
