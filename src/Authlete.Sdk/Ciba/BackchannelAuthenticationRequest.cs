using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/backchannel/authentication</c> API: the CIBA backchannel authentication request a client sent to the authorization server.
/// </summary>
/// <remarks>
/// Build it from the incoming HTTP request with <see cref="AuthleteClientRequestExtensions"/> (form fields, Basic credentials, client certificate) or set <see cref="AuthleteClientRequest.Parameters"/> to the raw form-encoded body.
/// </remarks>
public sealed class BackchannelAuthenticationRequest : AuthleteClientRequest
{
    /// <summary>Per-request options for OAuth Client ID Metadata Documents. (wire name <c>cimdOptions</c>)</summary>
    public CimdOptions? CimdOptions { get; set; }
}
