using System.Text.Json;
using Authlete.Sdk.Testing.Ciba;
using Authlete.Sdk.Testing.Common;
using Authlete.Sdk.Testing.Token;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The CIBA complete API: records the end-user's decision and builds the notification for ping and push clients.</summary>
public sealed partial class FakeAuthlete
{
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
                // Stryker disable once Boolean : only push clients get here, and the token endpoint refuses their auth_req_id (unauthorized_client) before it looks at Consumed
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

        SetPushNotification(response, transaction, tokens, expired);
        return response;
    }

    /// <summary>The push notification (CIBA Core §10.3): the tokens, also copied into the answer, or an error with the <c>auth_req_id</c> (§12).</summary>
    private static void SetPushNotification(
        BackchannelAuthenticationCompleteResponse response, CibaTransaction transaction, IssuedTokens? tokens, bool expired)
    {
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
            GrantDecision decision = transaction.Decision!;
            string error = expired ? "expired_token" : decision.Result == "ACCESS_DENIED" ? "access_denied" : "transaction_failed";
            push = new CibaNotification { AuthReqId = transaction.AuthReqId, Error = error, ErrorDescription = decision.ErrorDescription };
            if (decision.ErrorUri is not null)
            {
                push.ExtensionData = new Dictionary<string, JsonElement> { ["error_uri"] = Content.StringElement(decision.ErrorUri) };
            }
        }

        response.ResponseContent = AuthleteJsonSerializer.Serialize(push);
    }
}
