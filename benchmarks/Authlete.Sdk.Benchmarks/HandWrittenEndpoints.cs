using System.Net;
using System.Text;
using Authlete.Sdk.Benchmarks.Pocos;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// The token, device authorization and backchannel authentication endpoints as a careful developer writes them without
/// the SDK: read the form (<c>ReadFormAsync</c>, a non-form or malformed body is 400 <c>invalid_request</c>), take the
/// client credentials from <c>Authorization: Basic</c> (RFC 6749 §2.3.1), call the Authlete API(s) through one
/// <see cref="HttpClient"/> with System.Text.Json source generation (<see cref="RawAuthleteCall"/>), and answer as the
/// action says: status, <c>Content-Type: application/json</c>, <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c>,
/// the <c>DPoP-Nonce</c> and attestation challenge headers Authlete gives, and <c>responseContent</c> as the body. CIBA
/// identifies the user with the same host logic as the SDK variant (<see cref="AuthenticationDevices"/>), checks the user
/// code and binding message as the SDK does, calls <c>/backchannel/authentication/issue</c> (or <c>/fail</c>), and
/// starts the user's authentication in the background after answering.
/// </summary>
internal sealed partial class HandWrittenEndpoints
{
    private const string ServerError = """{"error":"server_error","error_description":"The authorization server could not process the request."}""";
    private const int MaxBindingMessageLength = 64;

    private readonly Func<HttpClient> _client;
    private readonly int _variant;
    private readonly string _accessToken;
    private readonly Uri _token;
    private readonly Uri _deviceAuthorization;
    private readonly Uri _backchannelAuthentication;
    private readonly Uri _backchannelAuthenticationIssue;
    private readonly Uri _backchannelAuthenticationFail;
    private readonly AuthenticationDevices _devices;
    private readonly ILogger _logger;

    public HandWrittenEndpoints(Func<HttpClient> client, int variant, Uri authlete, string serviceId, string accessToken, AuthenticationDevices devices, ILogger<HandWrittenEndpoints> logger)
    {
        _client = client;
        _variant = variant;
        _accessToken = accessToken;
        var root = new Uri(authlete, "/api/" + serviceId + "/");
        _token = new Uri(root, "auth/token");
        _deviceAuthorization = new Uri(root, "device/authorization");
        _backchannelAuthentication = new Uri(root, "backchannel/authentication");
        _backchannelAuthenticationIssue = new Uri(root, "backchannel/authentication/issue");
        _backchannelAuthenticationFail = new Uri(root, "backchannel/authentication/fail");
        _devices = devices;
        _logger = logger;
    }

    /// <summary>POST token endpoint.</summary>
    public async Task TokenAsync(HttpContext context)
    {
        CancellationToken cancellationToken = context.RequestAborted;
        if (await ReadAsync(context, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return;
        }

        Pocos.TokenResponse response;
        try
        {
            response = await RawAuthleteCall.TokenAsync(_client(), _token, request, _accessToken, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            AuthleteCallFailed(_logger, "/auth/token", ex);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, ServerError).ConfigureAwait(false);
            return;
        }

        int? status = response.Action switch
        {
            "OK" => StatusCodes.Status200OK,
            "BAD_REQUEST" => StatusCodes.Status400BadRequest,
            "INVALID_CLIENT" => request.ClientId is not null ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest,
            "INTERNAL_SERVER_ERROR" => StatusCodes.Status500InternalServerError,
            _ => null,
        };
        if (status is { } code)
        {
            await WriteAsync(context, code, response.ResponseContent, response.DpopNonce, response.AttestationChallenge,
                UnauthorizedChallenge(code, request, "token")).ConfigureAwait(false);
        }
        else if (response.Action is "PASSWORD" or "TOKEN_EXCHANGE" or "JWT_BEARER" or "NATIVE_SSO")
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest,
                """{"error":"unsupported_grant_type","error_description":"The grant type is not supported by this token endpoint."}""").ConfigureAwait(false);
        }
        else
        {
            UnknownAction(_logger, "/auth/token", response.Action);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, ServerError).ConfigureAwait(false);
        }
    }

    /// <summary>POST device authorization endpoint (RFC 8628 §3.1).</summary>
    public async Task DeviceAuthorizationAsync(HttpContext context)
    {
        CancellationToken cancellationToken = context.RequestAborted;
        if (await ReadAsync(context, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return;
        }

        Pocos.DeviceAuthorizationResponse response;
        try
        {
            response = await RawAuthleteCall.DeviceAuthorizationAsync(_client(), _deviceAuthorization, request, _accessToken, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            AuthleteCallFailed(_logger, "/device/authorization", ex);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, ServerError).ConfigureAwait(false);
            return;
        }

        int? status = response.Action switch
        {
            "OK" => StatusCodes.Status200OK,
            "BAD_REQUEST" => StatusCodes.Status400BadRequest,
            "UNAUTHORIZED" => StatusCodes.Status401Unauthorized,
            "INTERNAL_SERVER_ERROR" => StatusCodes.Status500InternalServerError,
            _ => null,
        };
        if (status is { } code)
        {
            await WriteAsync(context, code, response.ResponseContent, null, response.AttestationChallenge,
                UnauthorizedChallenge(code, request, "device_authorization")).ConfigureAwait(false);
        }
        else
        {
            UnknownAction(_logger, "/device/authorization", response.Action);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, ServerError).ConfigureAwait(false);
        }
    }

    /// <summary>POST backchannel authentication endpoint (CIBA Core §7).</summary>
    public async Task BackchannelAuthenticationAsync(HttpContext context)
    {
        CancellationToken cancellationToken = context.RequestAborted;
        if (await ReadAsync(context, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return;
        }

        try
        {
            Pocos.BackchannelAuthenticationResponse response = await RawAuthleteCall.BackchannelAuthenticationAsync(
                _client(), _backchannelAuthentication, request, _accessToken, cancellationToken).ConfigureAwait(false);
            switch (response.Action)
            {
                case "USER_IDENTIFICATION":
                    await IdentifyAndIssueAsync(context, response, cancellationToken).ConfigureAwait(false);
                    return;
                case "BAD_REQUEST":
                    await WriteAsync(context, StatusCodes.Status400BadRequest, response.ResponseContent).ConfigureAwait(false);
                    return;
                case "UNAUTHORIZED":
                    await WriteAsync(context, StatusCodes.Status401Unauthorized, response.ResponseContent, null, null,
                        UnauthorizedChallenge(StatusCodes.Status401Unauthorized, request, "backchannel_authentication")).ConfigureAwait(false);
                    return;
                default:
                    await WriteAsync(context, StatusCodes.Status500InternalServerError, response.ResponseContent ?? ServerError).ConfigureAwait(false);
                    return;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            AuthleteCallFailed(_logger, "/backchannel/authentication", ex);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, ServerError).ConfigureAwait(false);
        }
    }

    private async Task IdentifyAndIssueAsync(HttpContext context, Pocos.BackchannelAuthenticationResponse response, CancellationToken cancellationToken)
    {
        string? subject = AuthenticationDevices.Identify(response.Hint);
        string? reason = subject is null ? "UNKNOWN_USER_ID" : Check(subject, response);
        if (reason is not null)
        {
            Pocos.BackchannelAuthenticationFailResponse fail = await RawAuthleteCall.BackchannelAuthenticationFailAsync(
                _client(), _backchannelAuthenticationFail, new() { Ticket = response.Ticket, Reason = reason }, _accessToken, cancellationToken).ConfigureAwait(false);
            int failStatus = fail.Action switch
            {
                "BAD_REQUEST" => StatusCodes.Status400BadRequest,
                "FORBIDDEN" => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status500InternalServerError,
            };
            await WriteAsync(context, failStatus, fail.ResponseContent ?? ServerError).ConfigureAwait(false);
            return;
        }

        Pocos.BackchannelAuthenticationIssueResponse issue = await RawAuthleteCall.BackchannelAuthenticationIssueAsync(
            _client(), _backchannelAuthenticationIssue, new() { Ticket = response.Ticket }, _accessToken, cancellationToken).ConfigureAwait(false);
        if (issue.Action != "OK")
        {
            await WriteAsync(context, StatusCodes.Status500InternalServerError, issue.ResponseContent ?? ServerError).ConfigureAwait(false);
            return;
        }

        await WriteAsync(context, StatusCodes.Status200OK, issue.ResponseContent).ConfigureAwait(false);

        // After the answer, without delaying it: reach the user's authentication device.
        string user = subject!;
        string? ticket = response.Ticket;
        _ = Task.Run(() => _devices.Start(_variant, user, ticket), CancellationToken.None);
    }

    /// <summary>The user code and binding message checks (CIBA Core §7.1), as the SDK makes them.</summary>
    private static string? Check(string subject, Pocos.BackchannelAuthenticationResponse response)
    {
        if (response.UserCodeRequired)
        {
            if (string.IsNullOrEmpty(response.UserCode))
            {
                return "MISSING_USER_CODE";
            }

            if (!AuthenticationDevices.IsValidUserCode(subject, response.UserCode))
            {
                return "INVALID_USER_CODE";
            }
        }

        return response.BindingMessage is { } message && (message.Length > MaxBindingMessageLength || message.Any(char.IsControl))
            ? "INVALID_BINDING_MESSAGE"
            : null;
    }

    /// <summary>Reads the form and the Basic credentials; answers 400 and returns null when the body is not a readable form.</summary>
    private static async Task<ClientRequest?> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        HttpRequest http = context.Request;
        if (!http.HasFormContentType)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest,
                """{"error":"invalid_request","error_description":"The request body must be application/x-www-form-urlencoded."}""").ConfigureAwait(false);
            return null;
        }

        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest,
                """{"error":"invalid_request","error_description":"The request body could not be read."}""").ConfigureAwait(false);
            return null;
        }

        var parameters = new StringBuilder();
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> field in form)
        {
            foreach (string? value in field.Value)
            {
                if (parameters.Length > 0)
                {
                    parameters.Append('&');
                }

                parameters.Append(WebUtility.UrlEncode(field.Key)).Append('=').Append(WebUtility.UrlEncode(value ?? string.Empty));
            }
        }

        var request = new ClientRequest { Parameters = parameters.ToString() };
        string authorization = http.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                string decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
                int colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon >= 0)
                {
                    request.ClientId = WebUtility.UrlDecode(decoded[..colon]);
                    request.ClientSecret = WebUtility.UrlDecode(decoded[(colon + 1)..]);
                }
            }
            catch (FormatException)
            {
                // Not Basic credentials: Authlete sees an unauthenticated client and answers as it should.
            }
        }

        return request;
    }

    private static string? UnauthorizedChallenge(int status, ClientRequest request, string realm)
        => status != StatusCodes.Status401Unauthorized ? null
            : request.ClientId is not null ? $"Basic realm=\"{realm}\", error=\"invalid_client\"" : $"Basic realm=\"{realm}\"";

    private static Task WriteAsync(
        HttpContext context, int status, string? content, string? dpopNonce = null, string? attestationChallenge = null, string? wwwAuthenticate = null)
    {
        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        if (wwwAuthenticate is not null)
        {
            response.Headers.WWWAuthenticate = wwwAuthenticate;
        }

        if (dpopNonce is not null)
        {
            response.Headers["DPoP-Nonce"] = dpopNonce;
        }

        if (attestationChallenge is not null)
        {
            response.Headers["OAuth-Client-Attestation-Challenge"] = attestationChallenge;
        }

        if (string.IsNullOrEmpty(content))
        {
            response.ContentLength = 0;
            return Task.CompletedTask;
        }

        response.ContentLength = Encoding.UTF8.GetByteCount(content);
        return response.WriteAsync(content, context.RequestAborted);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "The Authlete API {Api} could not be called.")]
    private static partial void AuthleteCallFailed(ILogger logger, string api, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Unknown action {Action} from {Api}.")]
    private static partial void UnknownAction(ILogger logger, string api, string? action);
}
