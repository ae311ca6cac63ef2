using System.Globalization;
using System.Text.Json;
using Authlete.Sdk.Testing.Ciba;
using Authlete.Sdk.Testing.Common;
using Authlete.Sdk.Testing.Token;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The four CIBA APIs.</summary>
public sealed partial class FakeAuthlete
{
    private const int MaxClientNotificationTokenLength = 1024;

    /// <summary>
    /// Processes a <c>/backchannel/authentication</c> request as Authlete does (CIBA Core §7.1): authenticates the client,
    /// checks the hints, scope, <c>binding_message</c>, <c>user_code</c>, <c>requested_expiry</c> and
    /// <c>client_notification_token</c>, and answers <c>USER_IDENTIFICATION</c> with a ticket.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentException">A required member of the request is missing.</exception>
    /// <exception cref="FakeAuthleteNotSupportedException">The request uses something the fake does not implement.</exception>
    public Task<BackchannelAuthenticationResponse> BackchannelAuthenticationAsync(
        BackchannelAuthenticationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.BackchannelAuthentication, request, cancellationToken);

    /// <summary>Processes a <c>/backchannel/authentication/issue</c> request: issues the <c>auth_req_id</c> of a ticket.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer: <c>OK</c> with <c>{"auth_req_id","expires_in","interval"}</c>, or <c>INVALID_TICKET</c>.</returns>
    /// <exception cref="ArgumentException">A required member of the request is missing.</exception>
    public Task<BackchannelAuthenticationIssueResponse> BackchannelAuthenticationIssueAsync(
        BackchannelAuthenticationIssueRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.BackchannelAuthenticationIssue, request, cancellationToken);

    /// <summary>Processes a <c>/backchannel/authentication/fail</c> request: builds the error answer and deletes the ticket.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer: <c>FORBIDDEN</c> for <c>ACCESS_DENIED</c>, <c>INTERNAL_SERVER_ERROR</c> for <c>SERVER_ERROR</c>, else <c>BAD_REQUEST</c>.</returns>
    /// <exception cref="ArgumentException">A required member of the request is missing.</exception>
    public Task<BackchannelAuthenticationFailResponse> BackchannelAuthenticationFailAsync(
        BackchannelAuthenticationFailRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.BackchannelAuthenticationFail, request, cancellationToken);

    /// <summary>
    /// Processes a <c>/backchannel/authentication/complete</c> request: records the end-user's decision; for ping builds
    /// the <c>{"auth_req_id"}</c> notification, for push issues the tokens and builds the push body, for poll answers
    /// <c>NO_ACTION</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentException">A required member of the request is missing.</exception>
    public Task<BackchannelAuthenticationCompleteResponse> BackchannelAuthenticationCompleteAsync(
        BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.BackchannelAuthenticationComplete, request, cancellationToken);

    internal BackchannelAuthenticationResponse ProcessBackchannelAuthentication(BackchannelAuthenticationRequest request)
    {
        if (Malformed(request) is { } malformed)
        {
            return BcError(BackchannelAuthenticationAction.InternalServerError, "server_error", C.BcMalformed, malformed);
        }

        FormParameters form = FormParameters.Parse(request.Parameters);
        RejectUnsupported(request, form, "backchannel authentication");
        if (form.Repeated.Any())
        {
            return BcError(BackchannelAuthenticationAction.BadRequest, "invalid_request", C.BcInvalidRequest,
                "Request parameters must not be repeated: " + Repeated(form) + ".");
        }

        ClientAuthentication auth = AuthenticateClient(request, form, authenticationRequired: true, C.BcClientAuthFailed, C.BcInvalidRequest);
        if (!auth.Succeeded)
        {
            return BcError(auth.Error == "invalid_client" ? BackchannelAuthenticationAction.Unauthorized : BackchannelAuthenticationAction.BadRequest,
                auth.Error!, auth.ResultCode!, auth.Message!);
        }

        FakeClient client = auth.Client!;
        BackchannelAuthenticationResponse Fail(BackchannelAuthenticationAction action, string error, string code, string message)
        {
            BackchannelAuthenticationResponse response = BcError(action, error, code, message);
            response.ClientName = client.ClientName;
            FillClient(response, client, auth.AliasUsed);
            return response;
        }

        if (client.DeliveryMode is not { } deliveryMode)
        {
            return Fail(BackchannelAuthenticationAction.BadRequest, "unauthorized_client", C.BcUnauthorizedClient,
                $"The client '{client.ClientId}' is not registered for CIBA (it has no token delivery mode).");
        }

        List<string> scopes = FilterScopes(form.GetTokens("scope"), client);
        if (!scopes.Contains("openid"))
        {
            return Fail(BackchannelAuthenticationAction.BadRequest, "invalid_request", C.BcInvalidRequest,
                "The 'scope' request parameter must contain 'openid' (CIBA Core §7.1).");
        }

        var hints = new List<(UserIdentificationHintType Type, string Value)>();
        if (form.Get("login_hint") is { } loginHint)
        {
            hints.Add((UserIdentificationHintType.LoginHint, loginHint));
        }

        if (form.Get("id_token_hint") is { } idTokenHint)
        {
            hints.Add((UserIdentificationHintType.IdTokenHint, idTokenHint));
        }

        if (form.Get("login_hint_token") is { } loginHintToken)
        {
            hints.Add((UserIdentificationHintType.LoginHintToken, loginHintToken));
        }

        if (hints.Count != 1)
        {
            return Fail(BackchannelAuthenticationAction.BadRequest, "invalid_request", C.BcInvalidRequest,
                $"Exactly one of login_hint, id_token_hint and login_hint_token is required, but {hints.Count} were given (CIBA Core §7.1).");
        }

        string? sub = null;
        if (hints[0].Type == UserIdentificationHintType.IdTokenHint)
        {
            sub = ReadIdTokenHintSubject(hints[0].Value);
            if (sub is null)
            {
                return Fail(BackchannelAuthenticationAction.BadRequest, "invalid_request", C.BcInvalidRequest,
                    "The id_token_hint is not an ID token this service issued (bad signature, issuer or format).");
            }
        }

        string? notificationToken = form.Get("client_notification_token");
        if (deliveryMode != DeliveryMode.Poll)
        {
            if (notificationToken is null)
            {
                return Fail(BackchannelAuthenticationAction.BadRequest, "invalid_request", C.BcInvalidRequest,
                    $"The client uses the {deliveryMode.Value} mode, so 'client_notification_token' is required (CIBA Core §7.1).");
            }

            if (notificationToken.Length > MaxClientNotificationTokenLength)
            {
                return Fail(BackchannelAuthenticationAction.BadRequest, "invalid_request", C.BcInvalidRequest,
                    $"The 'client_notification_token' is longer than {MaxClientNotificationTokenLength} characters.");
            }
        }

        string? bindingMessage = form.Get("binding_message");
        if (bindingMessage is not null && bindingMessage.Length > Settings.BindingMessageMaxLength)
        {
            return Fail(BackchannelAuthenticationAction.BadRequest, "invalid_binding_message", C.BcInvalidBindingMessage,
                $"The 'binding_message' is longer than {Settings.BindingMessageMaxLength} characters.");
        }

        string? userCode = form.Get("user_code");
        bool userCodeRequired = Settings.BackchannelUserCodeParameterSupported && client.UserCodeRequired;
        if (userCodeRequired && userCode is null)
        {
            return Fail(BackchannelAuthenticationAction.BadRequest, "missing_user_code", C.BcMissingUserCode,
                "The client requires a 'user_code', but the request has none.");
        }

        int requestedExpiry = 0;
        if (form.Get("requested_expiry") is { } expiryText
            && (!int.TryParse(expiryText, NumberStyles.None, CultureInfo.InvariantCulture, out requestedExpiry) || requestedExpiry <= 0))
        {
            return Fail(BackchannelAuthenticationAction.BadRequest, "invalid_request", C.BcInvalidRequest,
                "The 'requested_expiry' must be a positive integer (seconds).");
        }

        var transaction = new CibaTransaction
        {
            Ticket = RandomValues.Token(),
            Sequence = NextCibaSequence(),
            Client = client,
            ClientIdAliasUsed = auth.AliasUsed,
            Scopes = scopes,
            Acrs = form.GetTokens("acr_values"),
            Resources = form.GetAll("resource"),
            HintType = hints[0].Type,
            Hint = hints[0].Value,
            Sub = sub,
            BindingMessage = bindingMessage,
            UserCode = userCode,
            RequestedExpiry = requestedExpiry,
            ClientNotificationToken = notificationToken,
        };
        lock (_gate)
        {
            _cibaByTicket.Add(transaction.Ticket, transaction);
        }

        var ok = new BackchannelAuthenticationResponse
        {
            Action = BackchannelAuthenticationAction.UserIdentification,
            ResultCode = C.BcUserIdentification,
            ResultMessage = FakeResultCodes.Message(C.BcUserIdentification, "The backchannel authentication request is valid; identify the end-user and call the issue API."),
            Ticket = transaction.Ticket,
            HintType = transaction.HintType,
            Hint = transaction.Hint,
            Sub = sub,
            BindingMessage = bindingMessage,
            UserCode = userCode,
            UserCodeRequired = userCodeRequired,
            RequestedExpiry = requestedExpiry,
            ClientNotificationToken = notificationToken,
            Scopes = ToScopeObjects(scopes),
            ClaimNames = ClaimNamesOf(scopes),
            Acrs = transaction.Acrs.Count > 0 ? transaction.Acrs : null,
            Resources = transaction.Resources.Count > 0 ? transaction.Resources : null,
            DeliveryMode = deliveryMode,
            ClientAuthMethod = client.ClientAuthMethod,
            ClientName = client.ClientName,
        };
        FillClient(ok, client, auth.AliasUsed);
        return ok;
    }

    internal BackchannelAuthenticationIssueResponse ProcessBackchannelAuthenticationIssue(BackchannelAuthenticationIssueRequest request)
    {
        static BackchannelAuthenticationIssueResponse Error(BackchannelAuthenticationIssueAction action, string code, string message)
        {
            string text = FakeResultCodes.Message(code, message);
            return new() { Action = action, ResultCode = code, ResultMessage = text, ResponseContent = Content.Error("server_error", text) };
        }

        if (Malformed(request) is { } malformed)
        {
            return Error(BackchannelAuthenticationIssueAction.InternalServerError, C.IssueMalformed, malformed);
        }

        lock (_gate)
        {
            if (!_cibaByTicket.TryGetValue(request.Ticket!, out CibaTransaction? transaction) || transaction.Failed)
            {
                return Error(BackchannelAuthenticationIssueAction.InvalidTicket, C.IssueInvalidTicket, "The ticket does not exist.");
            }

            if (transaction.AuthReqId is not null)
            {
                return Error(BackchannelAuthenticationIssueAction.InvalidTicket, C.IssueInvalidTicket, "The ticket has already been used to issue an auth_req_id.");
            }

            TimeSpan lifetime = transaction.RequestedExpiry > 0 ? TimeSpan.FromSeconds(transaction.RequestedExpiry) : Settings.BackchannelAuthReqIdDuration;
            bool polls = transaction.Client.DeliveryMode != DeliveryMode.Push;
            transaction.AuthReqId = RandomValues.Token();
            transaction.ExpiresAt = Now + lifetime;
            transaction.Interval = Settings.BackchannelPollingInterval;
            _cibaByAuthReqId.Add(transaction.AuthReqId, transaction);

            int expiresIn = (int)lifetime.TotalSeconds;
            int interval = polls ? (int)Settings.BackchannelPollingInterval.TotalSeconds : 0;
            var content = new BackchannelAuthenticationContent { AuthReqId = transaction.AuthReqId, ExpiresIn = expiresIn, Interval = polls ? interval : null };
            return new BackchannelAuthenticationIssueResponse
            {
                Action = BackchannelAuthenticationIssueAction.Ok,
                ResultCode = C.IssueOk,
                ResultMessage = FakeResultCodes.Message(C.IssueOk, "An auth_req_id was issued."),
                ResponseContent = AuthleteJsonSerializer.Serialize(content),
                AuthReqId = transaction.AuthReqId,
                ExpiresIn = expiresIn,
                Interval = interval,
            };
        }
    }

    internal BackchannelAuthenticationFailResponse ProcessBackchannelAuthenticationFail(BackchannelAuthenticationFailRequest request)
    {
        static BackchannelAuthenticationFailResponse ServerError(string code, string message, string? description = null, string? uri = null)
        {
            string text = FakeResultCodes.Message(code, message);
            return new()
            {
                Action = BackchannelAuthenticationFailAction.InternalServerError,
                ResultCode = code,
                ResultMessage = text,
                ResponseContent = Content.Error("server_error", description ?? text, uri),
            };
        }

        if (Malformed(request) is { } malformed)
        {
            return ServerError(C.FailMalformed, malformed);
        }

        BackchannelAuthenticationFailReason reason = request.Reason ?? BackchannelAuthenticationFailReason.ServerError;
        if (!reason.IsKnown)
        {
            throw FakeAuthleteNotSupportedException.For("the /backchannel/authentication/fail reason '" + reason.Value + "'");
        }

        lock (_gate)
        {
            if (!_cibaByTicket.TryGetValue(request.Ticket!, out CibaTransaction? transaction) || transaction.Failed)
            {
                return ServerError(C.FailInvalidTicket, "The ticket does not exist.");
            }

            if (transaction.AuthReqId is not null)
            {
                return ServerError(C.FailInvalidTicket, "The ticket has already been used to issue an auth_req_id.");
            }

            transaction.Failed = true;
            _cibaByTicket.Remove(transaction.Ticket);
        }

        string message = FakeResultCodes.Message(C.FailDone, "The error response for the reason " + reason.Value + " was built.");
        if (reason == BackchannelAuthenticationFailReason.ServerError)
        {
            return ServerError(C.FailDone, "The error response for the reason SERVER_ERROR was built.", request.ErrorDescription ?? message, request.ErrorUri);
        }

        string error = reason.Value.ToLowerInvariant();
        return new BackchannelAuthenticationFailResponse
        {
            Action = reason == BackchannelAuthenticationFailReason.AccessDenied ? BackchannelAuthenticationFailAction.Forbidden : BackchannelAuthenticationFailAction.BadRequest,
            ResultCode = C.FailDone,
            ResultMessage = message,
            ResponseContent = Content.Error(error, request.ErrorDescription ?? message, request.ErrorUri),
        };
    }

    internal BackchannelAuthenticationCompleteResponse ProcessBackchannelAuthenticationComplete(BackchannelAuthenticationCompleteRequest request)
    {
        static BackchannelAuthenticationCompleteResponse ServerError(string code, string message)
            => new() { Action = BackchannelAuthenticationCompleteAction.ServerError, ResultCode = code, ResultMessage = FakeResultCodes.Message(code, message) };

        if (Malformed(request) is { } malformed)
        {
            return ServerError(C.CompleteMalformed, malformed);
        }

        BackchannelAuthenticationCompleteResult result = request.Result!.Value;
        if (!result.IsKnown)
        {
            return ServerError(C.CompleteMalformed, "The result '" + result.Value + "' is not AUTHORIZED, ACCESS_DENIED or TRANSACTION_FAILED.");
        }

        if (DecisionProblem(request) is { } problem)
        {
            return ServerError(C.CompleteMalformed, problem);
        }

        CibaTransaction transaction;
        IssuedTokens? tokens = null;
        bool expired;
        lock (_gate)
        {
            if (!_cibaByTicket.TryGetValue(request.Ticket!, out CibaTransaction? found) || found.Failed)
            {
                return ServerError(C.CompleteInvalidTicket, "The ticket does not exist.");
            }

            if (found.AuthReqId is null)
            {
                return ServerError(C.CompleteInvalidTicket, "No auth_req_id has been issued for the ticket; call the issue API first.");
            }

            if (found.Decision is not null)
            {
                return ServerError(C.CompleteInvalidTicket, "The ticket has already been completed.");
            }

            transaction = found;
            expired = Now >= transaction.ExpiresAt;
            if (expired && transaction.Client.DeliveryMode == DeliveryMode.Poll)
            {
                return ServerError(C.CompleteExpired, "The auth_req_id has expired.");
            }

            transaction.Decision = GrantDecision.From(request, result.Value, Now, request.AccessToken);

            if (!expired && transaction.Decision.Authorized && transaction.Client.DeliveryMode == DeliveryMode.Push)
            {
                tokens = IssueTokens(transaction, transaction.Decision, transaction.AuthReqId);
                transaction.Consumed = true;
            }
        }

        FakeClient client = transaction.Client;
        var response = new BackchannelAuthenticationCompleteResponse
        {
            ResultCode = C.CompleteDone,
            ResultMessage = FakeResultCodes.Message(C.CompleteDone, "The result " + transaction.Decision.Result + " was recorded."),
            DeliveryMode = client.DeliveryMode,
            AuthReqId = transaction.AuthReqId,
            ClientNotificationToken = transaction.ClientNotificationToken,
            ClientNotificationEndpoint = client.ClientNotificationEndpoint?.OriginalString,
            ClientName = client.ClientName,
        };
        FillClient(response, client, transaction.ClientIdAliasUsed);

        if (client.DeliveryMode == DeliveryMode.Poll)
        {
            response.Action = BackchannelAuthenticationCompleteAction.NoAction;
            return response;
        }

        response.Action = BackchannelAuthenticationCompleteAction.Notification;
        if (client.DeliveryMode == DeliveryMode.Ping)
        {
            response.ResponseContent = AuthleteJsonSerializer.Serialize(new CibaNotification { AuthReqId = transaction.AuthReqId });
            return response;
        }

        // Push (CIBA Core §10.3): the tokens, or an error with the auth_req_id (§12).
        CibaNotification push;
        if (tokens is not null)
        {
            push = new CibaNotification
            {
                AuthReqId = transaction.AuthReqId,
                AccessToken = tokens.AccessToken,
                TokenType = "Bearer",
                RefreshToken = tokens.RefreshToken,
                ExpiresIn = tokens.AccessTokenDuration,
                IdToken = tokens.IdToken,
            };
            response.AccessToken = tokens.AccessToken;
            response.AccessTokenDuration = tokens.AccessTokenDuration;
            response.RefreshToken = tokens.RefreshToken;
            response.RefreshTokenDuration = tokens.RefreshTokenDuration;
            response.IdToken = tokens.IdToken;
            response.IdTokenDuration = tokens.IdTokenDuration;
        }
        else
        {
            GrantDecision decision = transaction.Decision;
            string error = expired ? "expired_token" : decision.Result == "ACCESS_DENIED" ? "access_denied" : "transaction_failed";
            push = new CibaNotification { AuthReqId = transaction.AuthReqId, Error = error, ErrorDescription = decision.ErrorDescription };
            if (decision.ErrorUri is not null)
            {
                push.ExtensionData = new Dictionary<string, JsonElement> { ["error_uri"] = Content.StringElement(decision.ErrorUri) };
            }
        }

        response.ResponseContent = AuthleteJsonSerializer.Serialize(push);
        return response;
    }

    private static BackchannelAuthenticationResponse BcError(BackchannelAuthenticationAction action, string error, string code, string message)
    {
        string text = FakeResultCodes.Message(code, message);
        return new() { Action = action, ResultCode = code, ResultMessage = text, ResponseContent = Content.Error(error, text) };
    }

    /// <summary>Reads the <c>sub</c> of an <c>id_token_hint</c>, which must be an ID token this fake signed (expired ones are fine).</summary>
    private string? ReadIdTokenHintSubject(string idToken)
    {
        string[] parts = idToken.Split('.');
        if (parts.Length != 3 || !SigningKey.Verify(idToken))
        {
            return null;
        }

        try
        {
            using JsonDocument payload = JsonDocument.Parse(FakeSigningKey.Base64UrlDecode(parts[1]));
            JsonElement root = payload.RootElement;
            return root.TryGetProperty("iss", out JsonElement iss) && iss.GetString() == IssuerString
                && root.TryGetProperty("sub", out JsonElement sub) && sub.ValueKind == JsonValueKind.String
                ? sub.GetString()
                : null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }
}
