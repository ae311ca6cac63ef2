namespace Authlete.Sdk;

/// <summary>The version of the Authlete API to call.</summary>
public enum AuthleteApiVersion
{
    /// <summary>Authlete 3.x: paths <c>/api/{serviceId}/...</c>, a Bearer service access token, regional hosts such as <c>https://us.authlete.com</c>.</summary>
    V3 = 0,

    /// <summary>Authlete 2.x: paths <c>/api/...</c>, HTTP Basic with the service API key and secret, host <c>https://api.authlete.com</c>.</summary>
    V2 = 1,
}
