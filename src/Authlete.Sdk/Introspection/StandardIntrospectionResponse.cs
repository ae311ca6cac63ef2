using Authlete.Sdk.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/auth/introspection/standard</c> API: the answer of the introspection endpoint (RFC 7662)
/// to the resource server.
/// </summary>
/// <remarks>
/// For <see cref="StandardIntrospectionAction.Jwt"/> the content is a JWT, to be sent with
/// <c>Content-Type: application/token-introspection+jwt</c> (RFC 9701); for the other actions it is JSON text.
/// </remarks>
public sealed class StandardIntrospectionResponse : AuthleteResponse, IAuthleteAnswerResponse<StandardIntrospectionAction>
{
    /// <summary>What the introspection endpoint must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public StandardIntrospectionAction Action { get; set; }

    /// <summary>The ready-made body for the resource server: JSON text (an RFC 7662 introspection response or an error), or a JWT for the <c>JWT</c> action (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>Reads <see cref="ResponseContent"/> as an RFC 7662 introspection response (the <c>OK</c> action).</summary>
    /// <returns>The content, or null when there is no response content.</returns>
    /// <exception cref="AuthleteSerializationException">The response content is not a JSON object (for example, the JWT of the <c>JWT</c> action).</exception>
    public IntrospectionContent? ReadContent() => ResponseContentReader.Read(ResponseContent, ResponseContentJsonContext.Default.IntrospectionContent);
}
