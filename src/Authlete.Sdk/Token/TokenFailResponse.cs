using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/auth/token/fail</c> API.
/// </summary>
public sealed class TokenFailResponse : AuthleteResponse, IAuthleteAnswerResponse<TokenFailAction>
{
    /// <summary>What the authorization server must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TokenFailAction Action { get; set; }

    /// <summary>The ready-made body (JSON text) for the client: the error response (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }
}
