using System.Security.Cryptography;

namespace Authlete.Sdk.Testing.Common;

/// <summary>Random identifiers: tickets, codes and tokens (base64url, 256 bits) and RFC 8628 user codes.</summary>
internal static class RandomValues
{
    // RFC 8628 §6.1: 20 consonants, no vowels (no words), no look-alike digits.
    private const string UserCodeAlphabet = "BCDFGHJKLMNPQRSTVWXZ";

    public static string Token() => FakeSigningKey.Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// A user code such as <c>WDJBMJHT</c>: eight letters of the RFC 8628 §6.1 alphabet, with no punctuation, as
    /// Authlete issues them (its published example is <c>XWWKPBWVXQ</c>), so that a host which removes the dashes and
    /// spaces users type, as RFC 8628 §6.1 recommends, finds it.
    /// </summary>
    public static string UserCode()
    {
        Span<char> chars = stackalloc char[8];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = UserCodeAlphabet[RandomNumberGenerator.GetInt32(UserCodeAlphabet.Length)];
        }

        return new string(chars);
    }
}
