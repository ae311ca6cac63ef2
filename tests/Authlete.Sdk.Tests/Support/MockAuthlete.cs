using System.Net;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Support;

/// <summary>An <see cref="AuthleteApi"/> over RichardSzalay.MockHttp, for v2 or v3.</summary>
public static class MockAuthlete
{
    public const string ServiceId = "715948317";
    public const string AccessToken = "svc-access-token-SECRET-v3";
    public const string ApiKey = "21653835348762";
    public const string ApiSecret = "api-secret-SECRET-v2";

    public static AuthleteOptions Options(AuthleteApiVersion version) => version == AuthleteApiVersion.V3
        ? new AuthleteOptions { ApiVersion = version, ServiceId = ServiceId, ServiceAccessToken = AccessToken }
        : new AuthleteOptions { ApiVersion = version, ServiceApiKey = ApiKey, ServiceApiSecret = ApiSecret };

    public static string BaseUrl(AuthleteApiVersion version)
        => version == AuthleteApiVersion.V3 ? "https://us.authlete.com/api/" + ServiceId + "/" : "https://api.authlete.com/api/";

    public static string ExpectedAuthorization(AuthleteApiVersion version) => version == AuthleteApiVersion.V3
        ? "Bearer " + AccessToken
        : "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(ApiKey + ":" + ApiSecret));

    public static (AuthleteApi Api, MockHttpMessageHandler Handler) Create(AuthleteApiVersion version = AuthleteApiVersion.V3)
    {
        var handler = new MockHttpMessageHandler();
        return (new AuthleteApi(handler.ToHttpClient(), Options(version)), handler);
    }

    /// <summary>
    /// Expects one call to <paramref name="api"/> with the version's auth header, answering <paramref name="responseJson"/>:
    /// a POST with a JSON body, or for a GET API a GET without a body.
    /// </summary>
    public static MockedRequest ExpectCall(
        this MockHttpMessageHandler handler, AuthleteApiVersion version, string api, string responseJson, HttpStatusCode status = HttpStatusCode.OK)
    {
        HttpMethod method = AuthleteApis.FindByPath(api)?.Method ?? HttpMethod.Post;
        return handler.Expect(method, BaseUrl(version) + api)
            .With(request => request.Headers.Authorization?.ToString() == ExpectedAuthorization(version)
                && (method == HttpMethod.Get ? request.Content is null : request.Content?.Headers.ContentType?.MediaType == "application/json"))
            .Respond(status, "application/json", responseJson);
    }

    public static TheoryData<AuthleteApiVersion> Versions => new(AuthleteApiVersion.V2, AuthleteApiVersion.V3);
}
