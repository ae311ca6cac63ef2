using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/device/authorization</c> API: the device authorization request (RFC 8628 §3.1) a client sent to the authorization server.
/// </summary>
/// <remarks>
/// Build it from the incoming HTTP request with <see cref="AuthleteClientRequestExtensions"/> (form fields, Basic credentials, client certificate) or set <see cref="AuthleteClientRequest.Parameters"/> to the raw form-encoded body.
/// </remarks>
public sealed class DeviceAuthorizationRequest : AuthleteClientRequest
{
    /// <summary>Per-request options for OAuth Client ID Metadata Documents. (wire name <c>cimdOptions</c>)</summary>
    public CimdOptions? CimdOptions { get; set; }
}
