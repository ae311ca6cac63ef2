using Authlete.Sdk.Testing.Ciba;
using Authlete.Sdk.Testing.Common;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>
/// The backchannel authentication API (CIBA Core §7.1), in named steps: client authentication, the client's CIBA
/// registration and scope, the hint, the other parameters, then the ticket. The checks are in
/// <c>FakeAuthlete.BackchannelChecks.cs</c>.
/// </summary>
public sealed partial class FakeAuthlete
{
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

    internal BackchannelAuthenticationResponse ProcessBackchannelAuthentication(BackchannelAuthenticationRequest request)
    {
        if (Malformed(request) is { } malformed)
        {
            return BcError(BackchannelAuthenticationAction.InternalServerError, "server_error", C.BcMalformed, malformed);
        }

        FormParameters form = FormParameters.Parse(request.Parameters);
        RejectUnsupported(request, form, "backchannel authentication");
        if (AuthenticateBackchannelClient(request, form, out ClientAuthentication auth) is { } unauthenticated)
        {
            return unauthenticated;
        }

        FakeClient client = auth.Client!;
        if (CheckCibaClientAndScope(client, form, out DeliveryMode deliveryMode, out List<string> scopes) is { } notForCiba)
        {
            return Refuse(notForCiba, client, auth.AliasUsed);
        }

        if (ReadHint(form, out CibaHint hint) is { } badHint)
        {
            return Refuse(badHint, client, auth.AliasUsed);
        }

        if (CheckBackchannelParameters(form, client, deliveryMode, out BackchannelParameters parameters) is { } badParameter)
        {
            return Refuse(badParameter, client, auth.AliasUsed);
        }

        CibaTransaction transaction = CreateCibaTicket(client, auth.AliasUsed, form, scopes, hint, parameters);
        return UserIdentification(transaction, parameters);
    }

    /// <summary>Step 1: refuses repeated parameters, then identifies and authenticates the client (public clients may not use CIBA).</summary>
    private BackchannelAuthenticationResponse? AuthenticateBackchannelClient(
        BackchannelAuthenticationRequest request, FormParameters form, out ClientAuthentication auth)
    {
        auth = null!;
        if (form.Repeated.Any())
        {
            return BcError(BackchannelAuthenticationAction.BadRequest, "invalid_request", C.BcInvalidRequest,
                "Request parameters must not be repeated: " + Repeated(form) + ".");
        }

        auth = AuthenticateClient(request, form, authenticationRequired: true, C.BcClientAuthFailed, C.BcInvalidRequest);
        return auth.Succeeded
            ? null
            : BcError(auth.Error == "invalid_client" ? BackchannelAuthenticationAction.Unauthorized : BackchannelAuthenticationAction.BadRequest,
                auth.Error!, auth.ResultCode!, auth.Message!);
    }

    /// <summary>Last step: keeps the ticket, which <see cref="PendingCibaRequests"/> lists until it is failed or completed.</summary>
    private CibaTransaction CreateCibaTicket(
        FakeClient client, bool aliasUsed, FormParameters form, List<string> scopes, CibaHint hint, BackchannelParameters parameters)
    {
        var transaction = new CibaTransaction
        {
            Ticket = RandomValues.Token(),
            Sequence = NextCibaSequence(),
            Client = client,
            ClientIdAliasUsed = aliasUsed,
            Scopes = scopes,
            Acrs = form.GetTokens("acr_values"),
            Resources = form.GetAll("resource"),
            HintType = hint.Type,
            Hint = hint.Value,
            Sub = hint.Sub,
            BindingMessage = parameters.BindingMessage,
            UserCode = parameters.UserCode,
            RequestedExpiry = parameters.RequestedExpiry,
            ClientNotificationToken = parameters.ClientNotificationToken,
        };
        lock (_gate)
        {
            _cibaByTicket.Add(transaction.Ticket, transaction);
        }

        return transaction;
    }

    /// <summary>The answer to an accepted request: <c>USER_IDENTIFICATION</c> with the ticket and what the request asked.</summary>
    private static BackchannelAuthenticationResponse UserIdentification(CibaTransaction transaction, BackchannelParameters parameters)
    {
        FakeClient client = transaction.Client;
        var response = new BackchannelAuthenticationResponse
        {
            Action = BackchannelAuthenticationAction.UserIdentification,
            ResultCode = C.BcUserIdentification,
            ResultMessage = FakeResultCodes.Message(C.BcUserIdentification, "The backchannel authentication request is valid; identify the end-user and call the issue API."),
            Ticket = transaction.Ticket,
            HintType = transaction.HintType,
            Hint = transaction.Hint,
            Sub = transaction.Sub,
            BindingMessage = transaction.BindingMessage,
            UserCode = transaction.UserCode,
            UserCodeRequired = parameters.UserCodeRequired,
            RequestedExpiry = transaction.RequestedExpiry,
            ClientNotificationToken = transaction.ClientNotificationToken,
            Scopes = ToScopeObjects(transaction.Scopes),
            ClaimNames = ClaimNamesOf(transaction.Scopes),
            Acrs = transaction.Acrs.Count > 0 ? transaction.Acrs : null,
            Resources = transaction.Resources.Count > 0 ? transaction.Resources : null,
            DeliveryMode = client.DeliveryMode,
            ClientAuthMethod = client.ClientAuthMethod,
            ClientName = client.ClientName,
        };
        FillClient(response, client, transaction.ClientIdAliasUsed);
        return response;
    }

    /// <summary>The answer to a request a check refused once the client is known: it names the client.</summary>
    private static BackchannelAuthenticationResponse Refuse(BackchannelRefusal refusal, FakeClient client, bool aliasUsed)
    {
        BackchannelAuthenticationResponse response = BcError(refusal.Action, refusal.Error, refusal.ResultCode, refusal.Message);
        response.ClientName = client.ClientName;
        FillClient(response, client, aliasUsed);
        return response;
    }

    private static BackchannelAuthenticationResponse BcError(BackchannelAuthenticationAction action, string error, string code, string message)
    {
        string text = FakeResultCodes.Message(code, message);
        return new() { Action = action, ResultCode = code, ResultMessage = text, ResponseContent = Content.Error(error, text) };
    }
}
