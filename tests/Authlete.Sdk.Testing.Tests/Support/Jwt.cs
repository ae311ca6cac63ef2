using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Authlete.Sdk.Testing.Tests.Support;

/// <summary>Checks a compact JWS with a public JWK, the way a relying party would, and reads its parts.</summary>
public static class Jwt
{
    public static bool Verify(string jwt, string publicJwk)
    {
        using JsonDocument jwk = JsonDocument.Parse(publicJwk);
        JsonElement key = jwk.RootElement;
        key.GetProperty("kty").GetString().Should().Be("EC");
        key.GetProperty("crv").GetString().Should().Be("P-256");
        using ECDsa ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Decode(key.GetProperty("x").GetString()!), Y = Decode(key.GetProperty("y").GetString()!) },
        });
        int last = jwt.LastIndexOf('.');
        return ecdsa.VerifyData(Encoding.ASCII.GetBytes(jwt[..last]), Decode(jwt[(last + 1)..]), HashAlgorithmName.SHA256);
    }

    public static JsonElement Header(string jwt) => Part(jwt, 0);

    public static JsonElement Payload(string jwt) => Part(jwt, 1);

    public static string HalfHash(string token)
    {
        byte[] hash = SHA256.HashData(Encoding.ASCII.GetBytes(token));
        return Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static JsonElement Part(string jwt, int index)
    {
        using JsonDocument document = JsonDocument.Parse(Decode(jwt.Split('.')[index]));
        return document.RootElement.Clone();
    }

    private static byte[] Decode(string text)
    {
        string s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}
