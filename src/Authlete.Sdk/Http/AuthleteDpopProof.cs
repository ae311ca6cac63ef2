namespace Authlete.Sdk.Http;

/// <summary>
/// What one Authlete request needs to prove possession of the DPoP key on each of its sends: the first send carries
/// the proof the client made; a retry of the pipeline gets a fresh one from <see cref="AuthleteDpopHandler"/>
/// (a proof's <c>jti</c> is single-use: RFC 9449 §11.1).
/// </summary>
internal sealed class AuthleteDpopProof(AuthleteDpopKey key, HttpMethod method, Uri uri, string accessTokenHash)
{
    /// <summary>The request option under which the proof travels through the handlers.</summary>
    // Stryker disable once String : the key is found by the same instance that set it; its name is never shown
    public static readonly HttpRequestOptionsKey<AuthleteDpopProof> OptionKey = new("Authlete.Sdk.DpopProof");

    private int _sent;

    /// <summary>Makes a new proof for this request.</summary>
    /// <returns>The compact JWS.</returns>
    public string Create() => key.CreateProof(method, uri, accessTokenHash, DateTimeOffset.UtcNow);

    /// <summary>Marks a send; true from the second on, when the proof already went out once.</summary>
    /// <returns>True when the request carries a proof that was sent before.</returns>
    public bool IsResend() => Interlocked.Exchange(ref _sent, 1) != 0;
}
