using Authlete.Sdk.Testing.Common;
using Authlete.Sdk.Testing.Device;
using Authlete.Sdk.Testing.Token;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The three device flow APIs (RFC 8628).</summary>
public sealed partial class FakeAuthlete
{
    /// <summary>
    /// Processes a <c>/device/authorization</c> request (RFC 8628 §3.1–3.2): identifies (and, for confidential clients,
    /// authenticates) the client and issues a device code and a user code such as <c>WDJB-MJHT</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentException">A required member of the request is missing.</exception>
    /// <exception cref="FakeAuthleteNotSupportedException">The request uses something the fake does not implement.</exception>
    public Task<DeviceAuthorizationResponse> DeviceAuthorizationAsync(
        DeviceAuthorizationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.DeviceAuthorization, request, cancellationToken);

    /// <summary>Processes a <c>/device/verification</c> request: <c>VALID</c>, <c>EXPIRED</c> or <c>NOT_EXIST</c> for a user code (compared exactly).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentException">A required member of the request is missing.</exception>
    public Task<DeviceVerificationResponse> DeviceVerificationAsync(
        DeviceVerificationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.DeviceVerification, request, cancellationToken);

    /// <summary>Processes a <c>/device/complete</c> request: <c>SUCCESS</c>, <c>USER_CODE_EXPIRED</c> or <c>USER_CODE_NOT_EXIST</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentException">A required member of the request is missing.</exception>
    public Task<DeviceCompleteResponse> DeviceCompleteAsync(
        DeviceCompleteRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.DeviceComplete, request, cancellationToken);

    internal DeviceAuthorizationResponse ProcessDeviceAuthorization(DeviceAuthorizationRequest request)
    {
        static DeviceAuthorizationResponse Error(DeviceAuthorizationAction action, string error, string code, string message)
        {
            string text = FakeResultCodes.Message(code, message);
            return new() { Action = action, ResultCode = code, ResultMessage = text, ResponseContent = Content.Error(error, text) };
        }

        if (Malformed(request) is { } malformed)
        {
            return Error(DeviceAuthorizationAction.InternalServerError, "server_error", C.DaMalformed, malformed);
        }

        FormParameters form = FormParameters.Parse(request.Parameters);
        RejectUnsupported(request, form, "device authorization");
        if (form.Repeated.Any())
        {
            return Error(DeviceAuthorizationAction.BadRequest, "invalid_request", C.DaInvalidRequest,
                "Request parameters must not be repeated: " + Repeated(form) + ".");
        }

        ClientAuthentication auth = AuthenticateClient(request, form, authenticationRequired: false, C.DaClientAuthFailed, C.DaInvalidRequest);
        if (!auth.Succeeded)
        {
            return Error(auth.Error == "invalid_client" ? DeviceAuthorizationAction.Unauthorized : DeviceAuthorizationAction.BadRequest,
                auth.Error!, auth.ResultCode!, auth.Message!);
        }

        FakeClient client = auth.Client!;
        if (!client.DeviceFlowEnabled)
        {
            DeviceAuthorizationResponse refused = Error(DeviceAuthorizationAction.BadRequest, "unauthorized_client", C.DaUnauthorizedClient,
                $"The client '{client.ClientId}' may not use the device flow.");
            refused.ClientName = client.ClientName;
            FillClient(refused, client, auth.AliasUsed);
            return refused;
        }

        List<string> scopes = FilterScopes(form.GetTokens("scope"), client);
        var transaction = new DeviceTransaction
        {
            DeviceCode = RandomValues.Token(),
            UserCode = NewUserCode(),
            Client = client,
            ClientIdAliasUsed = auth.AliasUsed,
            Scopes = scopes,
            Acrs = form.GetTokens("acr_values"),
            Resources = form.GetAll("resource"),
            ExpiresAt = Now + Settings.DeviceFlowCodeDuration,
            Interval = Settings.DeviceFlowPollingInterval,
        };
        lock (_gate)
        {
            _deviceByCode.Add(transaction.DeviceCode, transaction);
            _deviceByUserCode.Add(transaction.UserCode, transaction);
        }

        string verificationUri = Settings.DeviceVerificationUri.OriginalString;
        string? complete = Settings.DeviceVerificationUriCompleteEnabled
            ? verificationUri + (verificationUri.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "user_code=" + Uri.EscapeDataString(transaction.UserCode)
            : null;
        int expiresIn = (int)Settings.DeviceFlowCodeDuration.TotalSeconds;
        int interval = (int)Settings.DeviceFlowPollingInterval.TotalSeconds;
        var content = new DeviceAuthorizationContent
        {
            DeviceCode = transaction.DeviceCode,
            UserCode = transaction.UserCode,
            VerificationUri = verificationUri,
            VerificationUriComplete = complete,
            ExpiresIn = expiresIn,
            Interval = interval,
        };
        var ok = new DeviceAuthorizationResponse
        {
            Action = DeviceAuthorizationAction.Ok,
            ResultCode = C.DaOk,
            ResultMessage = FakeResultCodes.Message(C.DaOk, "A device code and a user code were issued."),
            ResponseContent = AuthleteJsonSerializer.Serialize(content),
            ClientAuthMethod = client.ClientAuthMethod,
            Scopes = ToScopeObjects(scopes),
            ClaimNames = ClaimNamesOf(scopes),
            Acrs = transaction.Acrs.Count > 0 ? transaction.Acrs : null,
            Resources = transaction.Resources.Count > 0 ? transaction.Resources : null,
            DeviceCode = transaction.DeviceCode,
            UserCode = transaction.UserCode,
            VerificationUri = verificationUri,
            VerificationUriComplete = complete,
            ExpiresIn = expiresIn,
            Interval = interval,
            ClientName = client.ClientName,
        };
        FillClient(ok, client, auth.AliasUsed);
        return ok;
    }

    internal DeviceVerificationResponse ProcessDeviceVerification(DeviceVerificationRequest request)
    {
        static DeviceVerificationResponse Outcome(DeviceVerificationAction action, string code, string message)
            => new() { Action = action, ResultCode = code, ResultMessage = FakeResultCodes.Message(code, message) };

        if (Malformed(request) is { } malformed)
        {
            return Outcome(DeviceVerificationAction.InternalServerError, C.DvMalformed, malformed);
        }

        DeviceTransaction? transaction = FindOpenUserCode(request.UserCode!);
        if (transaction is null)
        {
            return Outcome(DeviceVerificationAction.NotExist, C.DvNotExist, "The user code does not exist.");
        }

        if (Now >= transaction.ExpiresAt)
        {
            return Outcome(DeviceVerificationAction.Expired, C.DvExpired, "The user code has expired.");
        }

        DeviceVerificationResponse valid = Outcome(DeviceVerificationAction.Valid, C.DvValid, "The user code is valid.");
        valid.Scopes = ToScopeObjects(transaction.Scopes);
        valid.ClaimNames = ClaimNamesOf(transaction.Scopes);
        valid.Acrs = transaction.Acrs.Count > 0 ? transaction.Acrs : null;
        valid.Resources = transaction.Resources.Count > 0 ? transaction.Resources : null;
        valid.ExpiresAt = transaction.ExpiresAt.ToUnixTimeMilliseconds();
        valid.ClientName = transaction.Client.ClientName;
        FillClient(valid, transaction.Client, transaction.ClientIdAliasUsed);
        return valid;
    }

    internal DeviceCompleteResponse ProcessDeviceComplete(DeviceCompleteRequest request)
    {
        static DeviceCompleteResponse Outcome(DeviceCompleteAction action, string code, string message)
            => new() { Action = action, ResultCode = code, ResultMessage = FakeResultCodes.Message(code, message) };

        if (Malformed(request) is { } malformed)
        {
            return Outcome(DeviceCompleteAction.InvalidRequest, C.DcMalformed, malformed);
        }

        DeviceCompleteResult result = request.Result!.Value;
        if (!result.IsKnown)
        {
            return Outcome(DeviceCompleteAction.InvalidRequest, C.DcMalformed, "The result '" + result.Value + "' is not AUTHORIZED, ACCESS_DENIED or TRANSACTION_FAILED.");
        }

        if (DecisionProblem(request) is { } problem)
        {
            return Outcome(DeviceCompleteAction.InvalidRequest, C.DcMalformed, problem);
        }

        lock (_gate)
        {
            DeviceTransaction? transaction = FindOpenUserCode(request.UserCode!);
            if (transaction is null)
            {
                return Outcome(DeviceCompleteAction.UserCodeNotExist, C.DcNotExist, "The user code does not exist.");
            }

            if (Now >= transaction.ExpiresAt)
            {
                return Outcome(DeviceCompleteAction.UserCodeExpired, C.DcExpired, "The user code has expired.");
            }

            transaction.Decision = GrantDecision.From(request, result.Value, Now);
            return Outcome(DeviceCompleteAction.Success, C.DcSuccess, "The result " + transaction.Decision.Result + " was recorded.");
        }
    }

    /// <summary>The flow of a user code that is still waiting for the end-user's decision (a decided code no longer exists).</summary>
    private DeviceTransaction? FindOpenUserCode(string userCode)
    {
        lock (_gate)
        {
            return _deviceByUserCode.TryGetValue(userCode, out DeviceTransaction? transaction) && transaction.Decision is null
                ? transaction
                : null;
        }
    }

    private string NewUserCode()
    {
        lock (_gate)
        {
            string code;
            do
            {
                code = RandomValues.UserCode();
            }
            while (_deviceByUserCode.ContainsKey(code));
            return code;
        }
    }
}
