namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Authlete's full answer about the access token of the current request, set in <c>HttpContext.Features</c> by the
/// <c>AddAuthleteAccessToken</c> scheme: read it with <c>context.Features.Get&lt;AuthleteIntrospectionFeature&gt;()</c>
/// for what the claims do not carry (properties, grant, client and service attributes, resources...).
/// </summary>
/// <remarks>
/// Set for every answer Authlete gave, <c>OK</c> or not; absent when the request had no token or Authlete could not be
/// reached. A cached answer is shared by the requests that reuse it: read it, never change it.
/// </remarks>
public sealed class AuthleteIntrospectionFeature
{
    /// <summary>Creates the feature.</summary>
    /// <param name="response">Authlete's answer.</param>
    public AuthleteIntrospectionFeature(IntrospectionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Response = response;
    }

    /// <summary>Authlete's answer to <c>/auth/introspection</c> for the request's access token.</summary>
    public IntrospectionResponse Response { get; }

    /// <summary>True when the answer came from the cache rather than from a call to Authlete for this request.</summary>
    public bool FromCache { get; init; }
}
