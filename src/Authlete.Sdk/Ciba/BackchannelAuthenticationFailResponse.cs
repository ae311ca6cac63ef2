using Authlete.Sdk.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/backchannel/authentication/fail</c> API.
/// </summary>
public sealed class BackchannelAuthenticationFailResponse : AuthleteResponse
{
    /// <summary>What the authorization server must do next (wire name <c>action</c>)</summary>
    public BackchannelAuthenticationFailAction? Action { get; set; }

    /// <summary>The ready-made body (usually JSON text) for the client; its meaning depends on the action (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>Reads <see cref="ResponseContent"/> as an OAuth error body.</summary>
    /// <returns>The error, or null when there is no response content.</returns>
    /// <exception cref="AuthleteSerializationException">The response content is not a JSON object.</exception>
    public OAuthError? ReadError() => ResponseContentReader.Read(ResponseContent, ResponseContentJsonContext.Default.OAuthError);
}
