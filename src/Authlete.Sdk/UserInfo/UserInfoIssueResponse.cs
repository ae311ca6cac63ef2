using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/auth/userinfo/issue</c> API: the UserInfo response, or the challenge of an error answer.
/// </summary>
/// <remarks>
/// For <c>JSON</c> and <c>JWT</c> the content is the body of the 200 answer (JSON text, or a JWT); for the errors it is an
/// RFC 6750 challenge for the <c>WWW-Authenticate</c> header and the answer has no body. When set, copy
/// <see cref="Signature"/>, <see cref="SignatureInput"/> and <see cref="ContentDigest"/> into the answer's headers of the same names.
/// </remarks>
public sealed class UserInfoIssueResponse : AuthleteResponse
{
    /// <summary>What the UserInfo endpoint must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public UserInfoIssueAction Action { get; set; }

    /// <summary>The UserInfo response (JSON text for <c>JSON</c>, a JWT for <c>JWT</c>), or an RFC 6750 challenge for the <c>WWW-Authenticate</c> header of an error answer (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>The value of the <c>Signature</c> header of the answer (RFC 9421) (wire name <c>signature</c>)</summary>
    public string? Signature { get; set; }

    /// <summary>The value of the <c>Signature-Input</c> header of the answer (RFC 9421) (wire name <c>signatureInput</c>)</summary>
    public string? SignatureInput { get; set; }

    /// <summary>The value of the <c>Content-Digest</c> header of the answer (RFC 9530) (wire name <c>contentDigest</c>)</summary>
    public string? ContentDigest { get; set; }
}
