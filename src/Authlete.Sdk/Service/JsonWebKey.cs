using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// One key of a JWK Set (RFC 7517 §4), with its public members typed. Private members (<c>d</c>, <c>p</c>, <c>q</c>, ...,
/// present only when private keys were asked for) and any other member are kept in <see cref="AuthleteModel.ExtensionData"/>;
/// keys are not validated (Authlete's published example holds key material that is not valid).
/// </summary>
public sealed class JsonWebKey : AuthleteModel
{
    /// <summary>The key type: EC, RSA, OKP or oct (RFC 7517 §4.1) (wire name <c>kty</c>)</summary>
    [JsonPropertyName("kty")]
    public string? Kty { get; set; }

    /// <summary>The intended use: sig or enc (wire name <c>use</c>)</summary>
    [JsonPropertyName("use")]
    public string? Use { get; set; }

    /// <summary>The permitted operations (wire name <c>key_ops</c>)</summary>
    [JsonPropertyName("key_ops")]
    public IReadOnlyList<string>? KeyOps { get; set; }

    /// <summary>The algorithm the key is meant for (wire name <c>alg</c>)</summary>
    [JsonPropertyName("alg")]
    public string? Alg { get; set; }

    /// <summary>The key ID (wire name <c>kid</c>)</summary>
    [JsonPropertyName("kid")]
    public string? Kid { get; set; }

    /// <summary>The URL of the X.509 certificate chain (wire name <c>x5u</c>)</summary>
    [JsonPropertyName("x5u")]
    public string? X5u { get; set; }

    /// <summary>The X.509 certificate chain, base64 DER (wire name <c>x5c</c>)</summary>
    [JsonPropertyName("x5c")]
    public IReadOnlyList<string>? X5c { get; set; }

    /// <summary>The SHA-1 thumbprint of the certificate (wire name <c>x5t</c>)</summary>
    [JsonPropertyName("x5t")]
    public string? X5t { get; set; }

    /// <summary>The SHA-256 thumbprint of the certificate (wire name <c>x5t#S256</c>)</summary>
    [JsonPropertyName("x5t#S256")]
    public string? X5tS256 { get; set; }

    /// <summary>The curve (EC, OKP) (wire name <c>crv</c>)</summary>
    [JsonPropertyName("crv")]
    public string? Crv { get; set; }

    /// <summary>The x coordinate (EC) or public key (OKP) (wire name <c>x</c>)</summary>
    [JsonPropertyName("x")]
    public string? X { get; set; }

    /// <summary>The y coordinate (EC) (wire name <c>y</c>)</summary>
    [JsonPropertyName("y")]
    public string? Y { get; set; }

    /// <summary>The modulus (RSA) (wire name <c>n</c>)</summary>
    [JsonPropertyName("n")]
    public string? N { get; set; }

    /// <summary>The exponent (RSA) (wire name <c>e</c>)</summary>
    [JsonPropertyName("e")]
    public string? E { get; set; }
}
