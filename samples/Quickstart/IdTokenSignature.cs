using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Authlete.Samples.Quickstart;

/// <summary>
/// Checks an ID token the way a relying party does (OpenID Connect Core §3.1.3.7): its JWS signature with the key of
/// the server's JWK Set that its header names (<c>kid</c>), with the algorithm the server announced (ES256 here),
/// then <c>iss</c>, <c>aud</c> and <c>exp</c>. System.Security.Cryptography only: no JWT library.
/// </summary>
internal static class IdTokenSignature
{
    /// <summary>Verifies <paramref name="idToken"/>; returns its header and claims, or throws saying what is wrong.</summary>
    public static (JsonObject Header, JsonObject Claims) Verify(string idToken, JsonObject jwks, IReadOnlyList<string> allowedAlgorithms)
    {
        string[] parts = idToken.Split('.');
        Require(parts.Length == 3, "an ID token is a JWS in compact form: three parts");
        JsonObject header = JsonNode.Parse(Decode(parts[0])) as JsonObject ?? throw new FlowFailedException("the JWS header is not a JSON object");
        JsonObject claims = JsonNode.Parse(Decode(parts[1])) as JsonObject ?? throw new FlowFailedException("the JWS payload is not a JSON object");
        string? alg = (string?)header["alg"];
        string? kid = (string?)header["kid"];
        Require(alg == "ES256", $"expected alg ES256, got {alg}");
        Require(allowedAlgorithms.Contains(alg!), "the alg must be one the discovery document lists (id_token_signing_alg_values_supported)");

        JsonObject key = (jwks["keys"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(k => (string?)k["kid"] == kid && (string?)k["kty"] == "EC" && (string?)k["crv"] == "P-256")
            ?? throw new FlowFailedException($"the JWK Set has no P-256 key with kid {kid}");
        Require((string?)key["use"] is null or "sig", "the key must be a signing key");
        using ECDsa publicKey = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Decode((string?)key["x"]), Y = Decode((string?)key["y"]) },
        });

        // JWS (RFC 7515 §5.2, RFC 7518 §3.4): the signature is R || S (64 bytes) over ASCII(header.payload).
        byte[] signingInput = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        byte[] signature = Decode(parts[2]);
        Require(signature.Length == 64 && publicKey.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
            "the ID token's signature does not verify with the server's key");
        return (header, claims);
    }

    /// <summary>The same token with one claim changed and the original signature: a forgery <see cref="Verify"/> must refuse.</summary>
    public static string Tamper(string idToken, string claim, string value)
    {
        string[] parts = idToken.Split('.');
        JsonObject claims = (JsonObject)JsonNode.Parse(Decode(parts[1]))!;
        claims[claim] = value;
        return parts[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims.ToJsonString())) + "." + parts[2];
    }

    private static byte[] Decode(string? base64Url)
    {
        try
        {
            return Base64Url.DecodeFromChars(base64Url ?? throw new FlowFailedException("a JWS or JWK member is missing"));
        }
        catch (FormatException)
        {
            throw new FlowFailedException("not base64url");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new FlowFailedException(message);
        }
    }
}
