namespace Authlete.Sdk;

/// <summary>
/// A response of an API whose <see cref="ResponseContent"/> is the answer to the client, with the
/// <see cref="Action"/> that says how to answer. Implemented by the responses of <c>/backchannel/authentication</c>,
/// <c>/backchannel/authentication/issue</c>, <c>/backchannel/authentication/fail</c>, <c>/device/authorization</c>,
/// <c>/auth/token</c>, <c>/auth/token/issue</c>, <c>/auth/token/fail</c>, <c>/auth/introspection/standard</c> and
/// <c>/auth/revocation</c>; not by those whose content is a challenge or a JWT for another party (introspection for a
/// resource server, userinfo).
/// </summary>
/// <typeparam name="TAction">The API's action type.</typeparam>
public interface IAuthleteAnswerResponse<TAction>
    where TAction : struct, IAuthleteAnswerAction
{
    /// <summary>What the authorization server must do next.</summary>
    TAction Action { get; }

    /// <summary>The ready-made body (JSON text) of the answer to the client.</summary>
    string? ResponseContent { get; }

    /// <summary>The <c>DPoP-Nonce</c> the answer must carry, when the API gives one (RFC 9449 §8).</summary>
    string? DpopNonce => null;

    /// <summary>The <c>OAuth-Client-Attestation-Challenge</c> the answer must carry, when the API gives one.</summary>
    string? AttestationChallenge => null;
}
