using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Authlete.Sdk.Http;

/// <summary>
/// The key that makes the service access token DPoP-bound (RFC 9449): a private JWK with its <c>alg</c>, as Authlete's
/// Java and C# libraries read it from <c>AUTHLETE_DPOP_KEY</c>. It signs one fresh proof per request sent to Authlete
/// (<c>typ</c> <c>dpop+jwt</c>, the public JWK in the header; <c>jti</c>, <c>htm</c>, <c>htu</c>, <c>iat</c>, <c>ath</c>
/// and the server's latest <c>nonce</c> in the payload). The key is a secret: no message of this class shows it.
/// </summary>
internal sealed class AuthleteDpopKey
{
    private static readonly ConditionalWeakTable<AuthleteOptions, AuthleteDpopKey> Cache = [];

    private readonly ECDsa? _ec;
    private readonly RSA? _rsa;
    private readonly HashAlgorithmName _hash;
    private readonly RSASignaturePadding? _padding;
    private readonly string _encodedHeader;
    private readonly string _jwk;
    private volatile string? _nonce;

    private AuthleteDpopKey(string jwk, string algorithm, ECDsa? ec, RSA? rsa, HashAlgorithmName hash, RSASignaturePadding? padding, string publicJwk)
    {
        _jwk = jwk;
        Algorithm = algorithm;
        _ec = ec;
        _rsa = rsa;
        _hash = hash;
        _padding = padding;
        _encodedHeader = Base64Url(Encoding.UTF8.GetBytes($"{{\"typ\":\"dpop+jwt\",\"alg\":\"{algorithm}\",\"jwk\":{publicJwk}}}"));
    }

    /// <summary>The JWS algorithm of the proofs, the key's <c>alg</c>.</summary>
    public string Algorithm { get; }

    /// <summary>The latest <c>DPoP-Nonce</c> Authlete gave, put in the next proofs; null until it gives one.</summary>
    public string? Nonce
    {
        get => _nonce;
        set => _nonce = value;
    }

    /// <summary>
    /// The key of <paramref name="options"/>' <see cref="AuthleteOptions.DpopKey"/>, parsed once per options instance
    /// (the client is created per request scope; the key and its nonce live as long as the options).
    /// </summary>
    /// <returns>The key, or null when the options have none.</returns>
    /// <exception cref="FormatException">The key cannot be used; the message never shows the key.</exception>
    public static AuthleteDpopKey? For(AuthleteOptions options)
    {
        string? jwk = options.DpopKey;
        if (string.IsNullOrWhiteSpace(jwk))
        {
            return null;
        }

        if (Cache.TryGetValue(options, out AuthleteDpopKey? cached) && string.Equals(cached._jwk, jwk, StringComparison.Ordinal))
        {
            return cached;
        }

        AuthleteDpopKey key = Parse(jwk);
        Cache.AddOrUpdate(options, key);
        return key;
    }

    /// <summary>Reads a private JWK (EC P-256/P-384/P-521 or RSA) with an <c>alg</c> it can sign with.</summary>
    /// <param name="jwk">The JWK's JSON text.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text is not such a JWK; the message says what is missing, never a value.</exception>
    public static AuthleteDpopKey Parse(string jwk)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(jwk);
        }
        catch (JsonException)
        {
            throw new FormatException("it is not JSON; expected a private JWK (RFC 7517) such as {\"kty\":\"EC\",\"crv\":\"P-256\",\"alg\":\"ES256\",\"x\":...,\"y\":...,\"d\":...}.");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("it is not a JSON object; expected a private JWK (RFC 7517).");
            }

            string kty = Member(root, "kty");
            string alg = Member(root, "alg", "the JWS algorithm the proofs are signed with, as Authlete's libraries require");
            return kty switch
            {
                "EC" => ParseEc(jwk, root, alg),
                "RSA" => ParseRsa(jwk, root, alg),
                _ => throw new FormatException($"its kty '{kty}' is not supported; use an EC (ES256, ES384, ES512) or RSA (RS256, PS256, ...) key."),
            };
        }
    }

    /// <summary>Creates the proof of one request.</summary>
    /// <param name="method">The request's method (<c>htm</c>).</param>
    /// <param name="uri">The request's URI; its query and fragment are left out of <c>htu</c> (RFC 9449 §4.2).</param>
    /// <param name="accessTokenHash">The base64url SHA-256 of the service access token (<c>ath</c>).</param>
    /// <param name="issuedAt">The time of the proof (<c>iat</c>).</param>
    /// <returns>The compact JWS for the <c>DPoP</c> header.</returns>
    public string CreateProof(HttpMethod method, Uri uri, string accessTokenHash, DateTimeOffset issuedAt)
    {
        var payload = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(payload))
        {
            writer.WriteStartObject();
            writer.WriteString("jti", Base64Url(RandomNumberGenerator.GetBytes(16)));
            writer.WriteString("htm", method.Method);
            writer.WriteString("htu", uri.GetLeftPart(UriPartial.Path));
            writer.WriteNumber("iat", issuedAt.ToUnixTimeSeconds());
            writer.WriteString("ath", accessTokenHash);
            if (_nonce is { } nonce)
            {
                writer.WriteString("nonce", nonce);
            }

            writer.WriteEndObject();
        }

        string signingInput = _encodedHeader + "." + Base64Url(payload.WrittenSpan);
        byte[] data = Encoding.ASCII.GetBytes(signingInput);
        byte[] signature = _ec is not null
            ? _ec.SignData(data, _hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            : _rsa!.SignData(data, _hash, _padding!);
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>The <c>ath</c> of a token: the base64url SHA-256 of its ASCII bytes (RFC 9449 §4.2).</summary>
    /// <param name="accessToken">The access token.</param>
    /// <returns>The hash.</returns>
    public static string AccessTokenHash(string accessToken) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken)));

    private static AuthleteDpopKey ParseEc(string jwk, JsonElement root, string alg)
    {
        (string curve, ECCurve ecCurve, int size, string expectedAlg, HashAlgorithmName hash) = Member(root, "crv") switch
        {
            "P-256" => ("P-256", ECCurve.NamedCurves.nistP256, 32, "ES256", HashAlgorithmName.SHA256),
            "P-384" => ("P-384", ECCurve.NamedCurves.nistP384, 48, "ES384", HashAlgorithmName.SHA384),
            "P-521" => ("P-521", ECCurve.NamedCurves.nistP521, 66, "ES512", HashAlgorithmName.SHA512),
            var other => throw new FormatException($"its crv '{other}' is not supported; use P-256, P-384 or P-521."),
        };
        if (alg != expectedAlg)
        {
            throw new FormatException($"its alg '{alg}' does not fit an EC key on {curve}; use {expectedAlg}.");
        }

        var parameters = new ECParameters
        {
            Curve = ecCurve,
            Q = new ECPoint { X = Bytes(root, "x", size), Y = Bytes(root, "y", size) },
            D = Bytes(root, "d", size, "the private key, which signs the proofs"),
        };
        ECDsa ec = ECDsa.Create();
        try
        {
            ec.ImportParameters(parameters);
        }
        catch (CryptographicException)
        {
            // Stryker disable once Statement : the key object is finalized instead of disposed on a path that fails the start-up
            ec.Dispose();
            throw new FormatException("its x, y and d are not a key pair on its curve.");
        }

        string publicJwk = $"{{\"kty\":\"EC\",\"crv\":\"{curve}\",\"x\":\"{Base64Url(parameters.Q.X!)}\",\"y\":\"{Base64Url(parameters.Q.Y!)}\"}}";
        return new AuthleteDpopKey(jwk, alg, ec, null, hash, null, publicJwk);
    }

    private static AuthleteDpopKey ParseRsa(string jwk, JsonElement root, string alg)
    {
        (HashAlgorithmName hash, RSASignaturePadding padding) = alg switch
        {
            "RS256" => (HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            "RS384" => (HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
            "RS512" => (HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1),
            "PS256" => (HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
            "PS384" => (HashAlgorithmName.SHA384, RSASignaturePadding.Pss),
            "PS512" => (HashAlgorithmName.SHA512, RSASignaturePadding.Pss),
            _ => throw new FormatException($"its alg '{alg}' does not fit an RSA key; use RS256, RS384, RS512, PS256, PS384 or PS512."),
        };
        byte[] modulus = Bytes(root, "n");
        if (modulus.Length < 256)
        {
            throw new FormatException("its RSA modulus is shorter than 2048 bits.");
        }

        var parameters = new RSAParameters
        {
            Modulus = modulus,
            Exponent = Bytes(root, "e"),
            D = Bytes(root, "d", 0, "the private key, which signs the proofs"),
            P = Bytes(root, "p", 0, "a CRT member of the private key"),
            Q = Bytes(root, "q", 0, "a CRT member of the private key"),
            DP = Bytes(root, "dp", 0, "a CRT member of the private key"),
            DQ = Bytes(root, "dq", 0, "a CRT member of the private key"),
            InverseQ = Bytes(root, "qi", 0, "a CRT member of the private key"),
        };
        RSA rsa = RSA.Create();
        try
        {
            rsa.ImportParameters(parameters);
        }
        catch (CryptographicException)
        {
            // Stryker disable once Statement : the key object is finalized instead of disposed on a path that fails the start-up
            rsa.Dispose();
            throw new FormatException("its RSA members are not one private key.");
        }

        string publicJwk = $"{{\"kty\":\"RSA\",\"n\":\"{Base64Url(parameters.Modulus)}\",\"e\":\"{Base64Url(parameters.Exponent!)}\"}}";
        return new AuthleteDpopKey(jwk, alg, null, rsa, hash, padding, publicJwk);
    }

    private static string Member(JsonElement root, string name, string? meaning = null)
    {
        if (root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        throw new FormatException($"it has no '{name}' string member{(meaning is null ? "" : " (" + meaning + ")")}.");
    }

    private static byte[] Bytes(JsonElement root, string name, int size = 0, string? meaning = null)
    {
        string text = Member(root, name, meaning);
        byte[] bytes;
        try
        {
            bytes = Base64UrlDecode(text);
        }
        catch (FormatException)
        {
            throw new FormatException($"its '{name}' member is not base64url.");
        }

        if (size > 0 && bytes.Length != size)
        {
            throw new FormatException($"its '{name}' member has {bytes.Length} bytes; its curve needs {size}.");
        }

        return bytes;
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        string s = text.Replace('-', '+').Replace('_', '/');
        s += (s.Length % 4) switch { 2 => "==", 3 => "=", 0 => string.Empty, _ => throw new FormatException() };
        return Convert.FromBase64String(s);
    }
}
