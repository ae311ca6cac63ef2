namespace Authlete.Sdk.AspNetCore;

/// <summary>The realm of an endpoint's <c>WWW-Authenticate</c> challenge, derived from the API's description.</summary>
internal static class AuthleteRealm
{
    /// <summary>
    /// The API's path without Authlete's <c>auth/</c> prefix, with <c>_</c> for <c>/</c>: <c>backchannel_authentication</c>,
    /// <c>device_authorization</c>, <c>token</c>.
    /// </summary>
    public static string Of(object response)
    {
        string path = Describe(response)?.Path ?? "authlete";
        return (path.StartsWith("auth/", StringComparison.Ordinal) ? path["auth/".Length..] : path).Replace('/', '_');
    }

    /// <summary>The API's path as Authlete's documentation writes it (<c>/auth/token</c>), for messages.</summary>
    public static string ApiOf(object response) => Describe(response)?.ToString() ?? response.GetType().Name;

    private static AuthleteApiDescription? Describe(object response)
    {
        Type type = response.GetType();
        foreach (AuthleteApiDescription api in AuthleteApis.All)
        {
            if (api.ResponseType == type)
            {
                return api;
            }
        }

        return null;
    }
}
