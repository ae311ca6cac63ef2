using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The members shared by the requests that forward a client's own request to Authlete
/// (<c>/backchannel/authentication</c>, <c>/device/authorization</c> and <c>/auth/token</c>).
/// </summary>
/// <remarks>
/// Set <see cref="Parameters"/> to the raw form-encoded body the endpoint received, or build the request with
/// <see cref="AuthleteClientRequestExtensions"/> from form fields, the <c>Authorization</c> header and the client certificate.
/// </remarks>
public abstract class AuthleteClientRequest : AuthleteRequest
{
    /// <summary>The body the endpoint received from the client, in <c>application/x-www-form-urlencoded</c> form. Required. (wire name <c>parameters</c>)</summary>
    public string? Parameters { get; set; }

    /// <summary>The client ID from the client's HTTP Basic <c>Authorization</c> header; null when the client did not use Basic. (wire name <c>clientId</c>)</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret from the client's HTTP Basic <c>Authorization</c> header. A secret. (wire name <c>clientSecret</c>)</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The client certificate of the mutual-TLS connection, in PEM form. (wire name <c>clientCertificate</c>)</summary>
    public string? ClientCertificate { get; set; }

    /// <summary>The intermediate certificates of the client's certificate chain, in PEM form. (wire name <c>clientCertificatePath</c>)</summary>
    public IReadOnlyList<string>? ClientCertificatePath { get; set; }

    /// <summary>The value of the <c>OAuth-Client-Attestation</c> HTTP header. (wire name <c>oauthClientAttestation</c>)</summary>
    [JsonPropertyName("oauthClientAttestation")]
    public string? OAuthClientAttestation { get; set; }

    /// <summary>The value of the <c>OAuth-Client-Attestation-PoP</c> HTTP header. (wire name <c>oauthClientAttestationPop</c>)</summary>
    [JsonPropertyName("oauthClientAttestationPop")]
    public string? OAuthClientAttestationPop { get; set; }

    /// <inheritdoc />
    public override void Validate() => Require(Parameters, nameof(Parameters), "parameters");
}
