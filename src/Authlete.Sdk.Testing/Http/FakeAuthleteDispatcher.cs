using System.Net.Http.Headers;
using System.Text;
using Authlete.Sdk.Testing.Common;
using Authlete.Sdk.Testing.Dispatch;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing.Http;

/// <summary>
/// Answers one HTTP call to the fake, for both the message handler and the Kestrel server: routes Authlete 2.x
/// (<c>/api/{name}</c>) and 3.x (<c>/api/{serviceId}/{name}</c>) paths, checks the service credentials, reads the
/// request with <see cref="AuthleteJsonSerializer"/> and writes the answer with it.
/// </summary>
internal static class FakeAuthleteDispatcher
{
    public static FakeHttpAnswer Dispatch(FakeAuthlete fake, string method, string path, string? query, string? authorization, string? contentType, byte[] body)
    {
        try
        {
            return DispatchCore(fake, method, path, query, authorization, contentType, body);
        }
        catch (FakeAuthleteNotSupportedException ex)
        {
            return Failure(501, C.NotImplemented, ex.Message);
        }
    }

    private static FakeHttpAnswer DispatchCore(FakeAuthlete fake, string method, string path, string? query, string? authorization, string? contentType, byte[] body)
    {
        string trimmed = path.TrimEnd('/');
        if (!trimmed.StartsWith("/api/", StringComparison.Ordinal))
        {
            throw NotImplemented(method, path);
        }

        string rest = trimmed["/api/".Length..];
        if (FindApi(rest, out string? serviceId) is not { } api)
        {
            throw NotImplemented(method, path);
        }

        if (FakeApiTable.Find(api) is not { } entry)
        {
            throw FakeApiTable.NotServed(api);
        }

        if (!string.Equals(method, api.Method.Method, StringComparison.OrdinalIgnoreCase))
        {
            return Failure(405, C.MethodNotAllowed, $"The Authlete API '{api}' accepts {api.Method.Method} only, not {method}.");
        }

        if (CheckCredentials(fake.Settings, serviceId, authorization) is { } refused)
        {
            return refused;
        }

        if (contentType is not null && !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw FakeAuthleteNotSupportedException.For("request bodies of the type '" + contentType + "' (send application/json)");
        }

        if (api.Method == HttpMethod.Get)
        {
            // A GET API's members are its query parameters: read them as the request's JSON members.
            body = FakeQuery.ToJson(query);
        }

        try
        {
            return entry.Answer(fake, body);
        }
        catch (AuthleteSerializationException ex)
        {
            return Failure(400, C.RequestBodyUnreadable, "The request body could not be read: " + ex.Message);
        }
    }

    /// <summary>
    /// The API of a path below <c>/api/</c>: <c>{api path}</c> (Authlete 2.x) or <c>{serviceId}/{api path}</c> (3.x), as
    /// <see cref="AuthleteApis.FindByPath"/> knows them; null for any other path.
    /// </summary>
    private static AuthleteApiDescription? FindApi(string rest, out string? serviceId)
    {
        serviceId = null;
        if (rest.Length == 0 || rest[0] == '/')
        {
            return null;
        }

        if (AuthleteApis.FindByPath(rest) is { } v2)
        {
            return v2;
        }

        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        string apiPath = slash > 0 ? rest[(slash + 1)..] : string.Empty;
        if (apiPath.Length == 0 || apiPath[0] == '/' || AuthleteApis.FindByPath(apiPath) is not { } v3)
        {
            return null;
        }

        serviceId = Uri.UnescapeDataString(rest[..slash]);
        return v3;
    }

    /// <summary>Authlete 3.x wants <c>Bearer {service access token}</c> and the service's ID in the path; 2.x wants Basic <c>key:secret</c>.</summary>
    private static FakeHttpAnswer? CheckCredentials(FakeServiceSettings settings, string? serviceId, string? authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization) || !AuthenticationHeaderValue.TryParse(authorization, out AuthenticationHeaderValue? header))
        {
            return Failure(401, C.AuthorizationHeaderMissing, "Authorization header is missing.");
        }

        bool v3 = serviceId is not null;
        string expectedScheme = v3 ? "Bearer" : "Basic";
        if (!string.Equals(header.Scheme, expectedScheme, StringComparison.OrdinalIgnoreCase))
        {
            return Failure(401, C.ServiceCredentialsWrong, v3
                ? "Authlete 3.x paths (/api/{serviceId}/...) need 'Authorization: Bearer {service access token}'."
                : "Authlete 2.x paths (/api/...) need 'Authorization: Basic' with the service API key and secret.");
        }

        if (v3)
        {
            if (header.Parameter != settings.ServiceAccessToken)
            {
                return Failure(401, C.ServiceCredentialsWrong, "The service access token is wrong.");
            }

            if (serviceId != settings.ServiceId)
            {
                return Failure(403, C.ServiceIdWrong, $"The access token is not for the service '{serviceId}'.");
            }

            return null;
        }

        string expected = Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.ServiceApiKey + ":" + settings.ServiceApiSecret));
        return header.Parameter == expected ? null : Failure(401, C.ServiceCredentialsWrong, "The service API key or secret is wrong.");
    }

    private static FakeAuthleteNotSupportedException NotImplemented(string method, string path)
        => FakeAuthleteNotSupportedException.For("the Authlete API '" + method + " " + path + "' (it implements POST /api/[{serviceId}/]"
            + string.Join(", ", FakeApiTable.Paths) + ")");

    /// <summary>An Authlete error body: <c>{"resultCode":...,"resultMessage":"[code] text"}</c>.</summary>
    private static FakeHttpAnswer Failure(int status, string code, string message)
        => new(status, ErrorBody.Json(code, FakeResultCodes.Message(code, message)));
}
