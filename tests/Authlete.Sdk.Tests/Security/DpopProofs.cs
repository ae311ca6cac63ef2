using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Authlete.Sdk.Tests.Security;

/// <summary>Keys for DPoP-bound service tokens and an independent check of the proofs the client sends (RFC 9449 §4.3).</summary>
internal static class DpopProofs
{
    public static string EcJwk(ECCurve curve, string alg, string crv, bool includePrivate = true)
    {
        using ECDsa key = ECDsa.Create(curve);
        ECParameters p = key.ExportParameters(true);
        string d = includePrivate ? $",\"d\":\"{B64(p.D!)}\"" : "";
        return $"{{\"kty\":\"EC\",\"crv\":\"{crv}\",\"alg\":\"{alg}\",\"x\":\"{B64(p.Q.X!)}\",\"y\":\"{B64(p.Q.Y!)}\"{d}}}";
    }

    public static string RsaJwk(string alg, int bits = 2048)
    {
        using RSA key = RSA.Create(bits);
        RSAParameters p = key.ExportParameters(true);
        return $"{{\"kty\":\"RSA\",\"alg\":\"{alg}\",\"n\":\"{B64(p.Modulus!)}\",\"e\":\"{B64(p.Exponent!)}\",\"d\":\"{B64(p.D!)}\",\"p\":\"{B64(p.P!)}\",\"q\":\"{B64(p.Q!)}\",\"dp\":\"{B64(p.DP!)}\",\"dq\":\"{B64(p.DQ!)}\",\"qi\":\"{B64(p.InverseQ!)}\"}}";
    }

    /// <summary>Verifies a proof as a resource server would and returns its claims; throws when anything is wrong.</summary>
    public static JsonElement Verify(string proof, string expectedJwk, string method, string url, string accessToken)
    {
        string[] parts = proof.Split('.');
        parts.Should().HaveCount(3, "a DPoP proof is a compact JWS");
        using JsonDocument header = JsonDocument.Parse(Decode(parts[0]));
        JsonElement h = header.RootElement;
        h.GetProperty("typ").GetString().Should().Be("dpop+jwt");
        using JsonDocument expected = JsonDocument.Parse(expectedJwk);
        string alg = expected.RootElement.GetProperty("alg").GetString()!;
        h.GetProperty("alg").GetString().Should().Be(alg);
        JsonElement jwk = h.GetProperty("jwk");
        foreach (string privateMember in new[] { "d", "p", "q", "dp", "dq", "qi" })
        {
            jwk.TryGetProperty(privateMember, out _).Should().BeFalse($"the proof's jwk must not carry the private member '{privateMember}'");
        }

        byte[] input = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        byte[] signature = Decode(parts[2]);
        bool valid;
        if (jwk.GetProperty("kty").GetString() == "EC")
        {
            jwk.GetProperty("x").GetString().Should().Be(expected.RootElement.GetProperty("x").GetString());
            ECCurve curve = jwk.GetProperty("crv").GetString() switch
            {
                "P-256" => ECCurve.NamedCurves.nistP256,
                "P-384" => ECCurve.NamedCurves.nistP384,
                "P-521" => ECCurve.NamedCurves.nistP521,
                var other => throw new InvalidOperationException($"The proof's jwk names the curve '{other}', which is none of RFC 7518's."),
            };
            jwk.GetProperty("crv").GetString().Should().Be(expected.RootElement.GetProperty("crv").GetString());
            using ECDsa ec = ECDsa.Create(new ECParameters
            {
                Curve = curve,
                Q = new ECPoint { X = Decode(jwk.GetProperty("x").GetString()!), Y = Decode(jwk.GetProperty("y").GetString()!) },
            });
            valid = ec.VerifyData(input, signature, Hash(alg));
        }
        else
        {
            jwk.GetProperty("n").GetString().Should().Be(expected.RootElement.GetProperty("n").GetString());
            using RSA rsa = RSA.Create(new RSAParameters
            {
                Modulus = Decode(jwk.GetProperty("n").GetString()!),
                Exponent = Decode(jwk.GetProperty("e").GetString()!),
            });
            valid = rsa.VerifyData(input, signature, Hash(alg), alg.StartsWith("PS", StringComparison.Ordinal) ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1);
        }

        valid.Should().BeTrue("the proof is signed with the configured key");
        JsonElement claims = JsonDocument.Parse(Decode(parts[1])).RootElement;
        claims.GetProperty("htm").GetString().Should().Be(method);
        claims.GetProperty("htu").GetString().Should().Be(url);
        claims.GetProperty("jti").GetString().Should().NotBeNullOrEmpty();
        claims.GetProperty("iat").GetInt64().Should().BeCloseTo(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 60);
        claims.GetProperty("ath").GetString().Should().Be(B64(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))));
        return claims;
    }

    private static HashAlgorithmName Hash(string alg) => alg[2..] switch
    {
        "256" => HashAlgorithmName.SHA256,
        "384" => HashAlgorithmName.SHA384,
        _ => HashAlgorithmName.SHA512,
    };

    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Decode(string text)
    {
        string s = text.Replace('-', '+').Replace('_', '/');
        s += (s.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
        return Convert.FromBase64String(s);
    }
}
