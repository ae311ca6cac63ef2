using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Authlete.Sdk.Testing;

/// <summary>
/// The ES256 (ECDSA P-256 with SHA-256) key with which a <see cref="FakeAuthlete"/> signs ID tokens. A new key is
/// made for each fake; its public half is exposed as a JWK so that tests can verify the tokens.
/// </summary>
/// <remarks>A test key held in memory: never use it, or the tokens it signs, outside tests.</remarks>
public sealed class FakeSigningKey : IDisposable
{
    private readonly ECDsa _key;

    internal FakeSigningKey()
    {
        _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        ECParameters parameters = _key.ExportParameters(includePrivateParameters: false);
        X = parameters.Q.X!;
        Y = parameters.Q.Y!;
        KeyId = Base64Url(SHA256.HashData(X.Concat(Y).ToArray()).AsSpan(0, 12));
        PublicJwk = BuildJwk();
    }

    /// <summary>The JWS algorithm: <c>ES256</c>.</summary>
    public string Algorithm { get; } = "ES256";

    /// <summary>The key ID, the <c>kid</c> of ID token headers and of the JWK.</summary>
    public string KeyId { get; }

    /// <summary>The public key as a JWK (RFC 7517): <c>{"kty":"EC","crv":"P-256","x":...,"y":...,"kid":...,"use":"sig","alg":"ES256"}</c>.</summary>
    public string PublicJwk { get; }

    /// <summary>The public key as a JWK Set (<c>{"keys":[...]}</c>), as a <c>jwks_uri</c> would serve it.</summary>
    public string PublicJwks => "{\"keys\":[" + PublicJwk + "]}";

    private byte[] X { get; }

    private byte[] Y { get; }

    /// <summary>Creates a new <see cref="ECDsa"/> holding the public key only; the caller disposes it.</summary>
    /// <returns>The public key.</returns>
    public ECDsa CreatePublicKey()
    {
        var parameters = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = X, Y = Y } };
        return ECDsa.Create(parameters);
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();

    internal string Sign(string headerAndPayload)
    {
        byte[] signature = _key.SignData(Encoding.ASCII.GetBytes(headerAndPayload), HashAlgorithmName.SHA256);
        return headerAndPayload + "." + Base64Url(signature);
    }

    internal bool Verify(string jws)
    {
        int last = jws.LastIndexOf('.');
        if (last < 0)
        {
            return false;
        }

        try
        {
            byte[] signature = Base64UrlDecode(jws[(last + 1)..]);
            return _key.VerifyData(Encoding.ASCII.GetBytes(jws[..last]), signature, HashAlgorithmName.SHA256);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    internal static string Base64Url(ReadOnlySpan<byte> bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static byte[] Base64UrlDecode(string text)
    {
        string s = text.Replace('-', '+').Replace('_', '/');
        s += (s.Length % 4) switch { 2 => "==", 3 => "=", 0 => string.Empty, _ => throw new FormatException("Not base64url.") };
        return Convert.FromBase64String(s);
    }

    private string BuildJwk()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("kty", "EC");
            writer.WriteString("crv", "P-256");
            writer.WriteString("x", Base64Url(X));
            writer.WriteString("y", Base64Url(Y));
            writer.WriteString("kid", KeyId);
            writer.WriteString("use", "sig");
            writer.WriteString("alg", Algorithm);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
