namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// What the host provides to the UserInfo endpoint (<see cref="UserInfoHandler"/>): the values of a user's claims.
/// Authlete checks the access token and says which claims the client may receive; only the host knows their values.
/// </summary>
/// <remarks>Register it with <c>AddAuthleteUserInfo&lt;TSpi&gt;()</c>; it is resolved from the request's scope.</remarks>
public interface IUserInfoHandlerSpi
{
    /// <summary>Gets the values of the user's claims named in <paramref name="claimNames"/>.</summary>
    /// <param name="subject">The user the access token was issued for (its <c>sub</c>).</param>
    /// <param name="claimNames">
    /// The claims the client may receive (OpenID Connect Core §5.4 for the <c>profile</c>, <c>email</c>, <c>address</c> and
    /// <c>phone</c> scopes, plus those requested with the <c>claims</c> parameter). A name may carry a language tag, as in
    /// <c>name#ja-Kana-JP</c> (§5.2): return the value under that same name.
    /// </param>
    /// <param name="response">Authlete's whole answer (scopes, client, token properties, <c>userInfoClaims</c>...), for anything more.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or <see cref="AuthleteAspNetCoreOptions.CallbackTimeout"/> passes.</param>
    /// <returns>
    /// The values by claim name. Names not in <paramref name="claimNames"/>, <c>sub</c> (Authlete sets it) and null values
    /// are left out. Values may be <see cref="string"/>, <see cref="bool"/>, the numeric types, <see cref="DateTimeOffset"/>
    /// (written as seconds since the epoch, as <c>updated_at</c> is), <see cref="System.Text.Json.JsonElement"/>,
    /// <see cref="System.Text.Json.Nodes.JsonNode"/>, an <see cref="IDictionary{TKey, TValue}"/> of string to object
    /// (such as <c>address</c>) or an <see cref="System.Collections.IEnumerable"/> of these; any other type fails the request
    /// with 500. Null, or an empty dictionary, answers with <c>sub</c> only.
    /// </returns>
    Task<IDictionary<string, object?>?> GetClaimsAsync(
        string subject, IReadOnlyList<string> claimNames, UserInfoResponse response, CancellationToken cancellationToken);
}
