using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/auth/revocation</c> API.
/// </summary>
/// <remarks>
/// For <c>OK</c> the content is null (answer with an empty body), or JavaScript when the request had a <c>callback</c>
/// parameter (answer it as <c>application/javascript</c>); for the other actions it is a JSON error body.
/// </remarks>
public sealed class RevocationResponse : AuthleteResponse, IAuthleteAnswerResponse<RevocationAction>
{
    /// <summary>What the revocation endpoint must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public RevocationAction Action { get; set; }

    /// <summary>The ready-made body for the client: a JSON error, or for <c>OK</c> null or a JSONP snippet (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>The expected <c>challenge</c> of the client attestation proof of possession; when set, return it to the client in an <c>OAuth-Client-Attestation-Challenge</c> header (Authlete 3.0.28+; not in the published API specification) (wire name <c>attestationChallenge</c>)</summary>
    public string? AttestationChallenge { get; set; }
}
