namespace Authlete.Sdk;

/// <summary>
/// An action of an API whose <c>responseContent</c> is the answer to the client (the backchannel authentication,
/// device authorization and token endpoints, and the CIBA issue and fail steps): each action declares the HTTP answer
/// Authlete prescribes for it, so one mapping serves every such API.
/// </summary>
public interface IAuthleteAnswerAction
{
    /// <summary>The wire string of the action.</summary>
    string Value { get; }

    /// <summary>
    /// The HTTP status of the answer to the client, or null when the action is not an answer but a step the
    /// authorization server must take first (<c>USER_IDENTIFICATION</c>, <c>PASSWORD</c>, ...) or a value this SDK
    /// does not know.
    /// </summary>
    int? HttpStatus { get; }

    /// <summary>
    /// Whether the action reports that client authentication failed: the answer then carries a
    /// <c>WWW-Authenticate</c> challenge, and is 401 whenever the client authenticated with HTTP Basic (RFC 6749 §5.2).
    /// </summary>
    bool IsClientAuthenticationFailure { get; }
}
