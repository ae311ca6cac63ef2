using Authlete.Sdk.Testing.Ciba;
using Authlete.Sdk.Testing.Common;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The CIBA issue and fail APIs: the <c>auth_req_id</c> of a ticket, or the error answer that ends it.</summary>
public sealed partial class FakeAuthlete
{
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

            // Stryker disable once Boolean : the ticket is also removed below, so a failed ticket is unknown to every API and to PendingCibaRequests either way
            transaction.Failed = true;
            // Stryker disable once Statement : the ticket is marked failed above, which every API and PendingCibaRequests check; removing it only frees memory
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
}
