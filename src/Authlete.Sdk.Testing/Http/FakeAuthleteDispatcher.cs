using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Authlete.Sdk.Testing.Common;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing.Http;

/// <summary>
/// Answers one HTTP call to the fake, for both the message handler and the Kestrel server: routes Authlete 2.x
/// (<c>/api/{name}</c>) and 3.x (<c>/api/{serviceId}/{name}</c>) paths, checks the service credentials, reads the
/// request with <see cref="AuthleteJsonSerializer"/> and writes the answer with it.
/// </summary>
internal static class FakeAuthleteDispatcher
{
    private static readonly string[] Apis =
    [
        "backchannel/authentication", "backchannel/authentication/issue", "backchannel/authentication/fail",
        "backchannel/authentication/complete", "device/authorization", "device/verification", "device/complete", "auth/token",
    ];

    public static FakeHttpAnswer Dispatch(FakeAuthlete fake, string method, string path, string? authorization, string? contentType, byte[] body)
    {
        try
        {
            return DispatchCore(fake, method, path, authorization, contentType, body);
        }
        catch (FakeAuthleteNotSupportedException ex)
        {
            return Failure(501, C.NotImplemented, ex.Message);
        }
    }

    private static FakeHttpAnswer DispatchCore(FakeAuthlete fake, string method, string path, string? authorization, string? contentType, byte[] body)
    {
        string trimmed = path.TrimEnd('/');
        if (!trimmed.StartsWith("/api/", StringComparison.Ordinal))
        {
            throw NotImplemented(method, path);
        }

        string rest = trimmed["/api/".Length..];
        string api;
        string? serviceId = null;
        if (Apis.Contains(rest))
        {
            api = rest;
        }
        else
        {
            int slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || !Apis.Contains(rest[(slash + 1)..]))
            {
                throw NotImplemented(method, path);
            }

            serviceId = Uri.UnescapeDataString(rest[..slash]);
            api = rest[(slash + 1)..];
        }

        if (!string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return Failure(405, C.NotImplemented, $"The Authlete API '/{api}' accepts POST only, not {method}.");
        }

        if (CheckCredentials(fake.Settings, serviceId, authorization) is { } refused)
        {
            return refused;
        }

        if (contentType is not null && !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw FakeAuthleteNotSupportedException.For("request bodies of the type '" + contentType + "' (send application/json)");
        }

        try
        {
            string answer = api switch
            {
                "backchannel/authentication" => Call<BackchannelAuthenticationRequest, BackchannelAuthenticationResponse>(body, fake.ProcessBackchannelAuthentication),
                "backchannel/authentication/issue" => Call<BackchannelAuthenticationIssueRequest, BackchannelAuthenticationIssueResponse>(body, fake.ProcessBackchannelAuthenticationIssue),
                "backchannel/authentication/fail" => Call<BackchannelAuthenticationFailRequest, BackchannelAuthenticationFailResponse>(body, fake.ProcessBackchannelAuthenticationFail),
                "backchannel/authentication/complete" => Call<BackchannelAuthenticationCompleteRequest, BackchannelAuthenticationCompleteResponse>(body, fake.ProcessBackchannelAuthenticationComplete),
                "device/authorization" => Call<DeviceAuthorizationRequest, DeviceAuthorizationResponse>(body, fake.ProcessDeviceAuthorization),
                "device/verification" => Call<DeviceVerificationRequest, DeviceVerificationResponse>(body, fake.ProcessDeviceVerification),
                "device/complete" => Call<DeviceCompleteRequest, DeviceCompleteResponse>(body, fake.ProcessDeviceComplete),
                _ => Call<TokenRequest, TokenResponse>(body, fake.ProcessToken),
            };
            return new FakeHttpAnswer(200, answer);
        }
        catch (AuthleteSerializationException ex)
        {
            return Failure(400, C.RequestBodyUnreadable, "The request body could not be read: " + ex.Message);
        }
    }

    private static string Call<TRequest, TResponse>(byte[] body, Func<TRequest, TResponse> process)
        where TRequest : AuthleteModel
        where TResponse : AuthleteModel
        => AuthleteJsonSerializer.Serialize(process(AuthleteJsonSerializer.Deserialize<TRequest>(body)));

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
            + string.Join(", ", Apis) + ")");

    /// <summary>An Authlete error body: <c>{"resultCode":...,"resultMessage":"[code] text"}</c>.</summary>
    private static FakeHttpAnswer Failure(int status, string code, string message)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("resultCode", code);
            writer.WriteString("resultMessage", FakeResultCodes.Message(code, message));
            writer.WriteEndObject();
        }

        return new FakeHttpAnswer(status, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
