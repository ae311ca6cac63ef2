using System.Security.Cryptography;

namespace Authlete.Sdk.Testing.Common;

/// <summary>Random identifiers: tickets, codes and tokens (base64url, 256 bits) and RFC 8628 user codes.</summary>
internal static class RandomValues
{
    // RFC 8628 §6.1: 20 consonants, no vowels (no words), no look-alike digits.
    private const string UserCodeAlphabet = "BCDFGHJKLMNPQRSTVWXZ";

    public static string Token() => FakeSigningKey.Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A user code such as <c>WDJB-MJHT</c>: eight letters of the RFC 8628 alphabet in two groups of four.</summary>
    public static string UserCode()
    {
        Span<char> chars = stackalloc char[9];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = i == 4 ? '-' : UserCodeAlphabet[RandomNumberGenerator.GetInt32(UserCodeAlphabet.Length)];
        }

        return new string(chars);
    }
}
