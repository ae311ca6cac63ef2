using Authlete.Sdk.Testing.Common;
using Authlete.Sdk.Testing.Token;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The password grant: <c>/auth/token</c> answers <c>PASSWORD</c>, then <c>/auth/token/issue</c> or <c>/auth/token/fail</c>.</summary>
public sealed partial class FakeAuthlete
{
    /// <summary>How long a password grant's ticket waits for <c>/auth/token/issue</c> or <c>/fail</c>.</summary>
    private static readonly TimeSpan PasswordTicketLifetime = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, PasswordGrant> _passwordByTicket = new(StringComparer.Ordinal);

    /// <summary>
    /// Calls <c>/auth/token/issue</c>: issues the tokens of the password grant whose ticket <c>/auth/token</c> gave, for
    /// the subject the server authenticated (once per ticket); <c>INTERNAL_SERVER_ERROR</c> for an unknown, used or
    /// expired ticket.
    /// </summary>
    /// <param name="request">The ticket and the subject.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="FakeAuthleteNotSupportedException">JWT access tokens (<c>jwtAtClaims</c>) were asked for.</exception>
    public Task<TokenIssueResponse> TokenIssueAsync(TokenIssueRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.TokenIssue, request, cancellationToken);

    /// <summary>
    /// Calls <c>/auth/token/fail</c>: ends the password grant of the ticket with the error its reason names
    /// (<c>BAD_REQUEST</c>; <c>INTERNAL_SERVER_ERROR</c> with <c>server_error</c> for <c>UNKNOWN</c>, and for an unknown,
    /// used or expired ticket).
    /// </summary>
    /// <param name="request">The ticket and the reason.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="FakeAuthleteNotSupportedException">The reason is one this SDK does not know.</exception>
    public Task<TokenFailResponse> TokenFailAsync(TokenFailRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.TokenFail, request, cancellationToken);

    /// <summary>The <c>PASSWORD</c> answer of <c>/auth/token</c>, for an authenticated client.</summary>
    private TokenResponse ProcessPasswordGrant(FormParameters form, ClientAuthentication auth)
    {
        FakeClient client = auth.Client!;
        TokenResponse Answer(TokenResponse response) => ForGrant(response, auth, GrantType.Password);

        TokenResponse Error(string error, string code, string message) => ForGrant(GrantError(error, code, message), auth, GrantType.Password);

        if (!client.PasswordGrantAllowed)
        {
            return Error("unauthorized_client", C.TokenUnauthorizedClient, $"The client '{client.ClientId}' may not use the password grant.");
        }

        string? username = form.Get("username");
        string? password = form.Get("password");
        if (username is null || password is null)
        {
            return Error("invalid_request", C.TokenMissingCredentials, "The password grant needs the 'username' and 'password' request parameters.");
        }

        var grant = new PasswordGrant
        {
            Ticket = RandomValues.Token(),
            Client = client,
            ClientIdAliasUsed = auth.AliasUsed,
            Scopes = FilterScopes(form.GetTokens("scope"), client),
            Acrs = [],
            Resources = form.GetAll("resource"),
            ExpiresAt = Now + PasswordTicketLifetime,
        };
        lock (_gate)
        {
            _passwordByTicket.Add(grant.Ticket, grant);
        }

        return Answer(new TokenResponse
        {
            Action = TokenAction.Password,
            ResultCode = C.TokenPassword,
            ResultMessage = FakeResultCodes.Message(C.TokenPassword, "The server must check the resource owner's credentials, then call /auth/token/issue or /auth/token/fail."),
            Ticket = grant.Ticket,
            Username = username,
            Password = password,
            Scopes = grant.Scopes.Count > 0 ? grant.Scopes : null,
            Resources = grant.Resources.Count > 0 ? grant.Resources : null,
        });
    }

    internal TokenIssueResponse ProcessTokenIssue(TokenIssueRequest request)
    {
        static TokenIssueResponse Error(string code, string message)
        {
            string text = FakeResultCodes.Message(code, message);
            return new() { Action = TokenIssueAction.InternalServerError, ResultCode = code, ResultMessage = text, ResponseContent = Content.Error("server_error", text) };
        }

        if (Malformed(request) is { } malformed)
        {
            return Error(C.TiMalformed, malformed);
        }

        if (request.JwtAtClaims is not null)
        {
            throw FakeAuthleteNotSupportedException.For("JWT access tokens (jwtAtClaims in a token issue request); it issues opaque access tokens only");
        }

        if (TakePasswordGrant(request.Ticket!) is not { } grant)
        {
            return Error(C.TiInvalidTicket, "The ticket does not exist, was used or has expired.");
        }

        var decision = new GrantDecision
        {
            // Stryker disable once String : the result of a password grant's decision is never read; only the CIBA and device code grants check it at the token endpoint
            Result = "AUTHORIZED",
            Subject = request.Subject!,
            Properties = request.Properties,
            AccessToken = request.AccessToken,
            AccessTokenDuration = request.AccessTokenDuration,
            RefreshTokenDuration = request.RefreshTokenDuration,
            DecidedAt = Now,
        };
        IssuedTokens tokens = IssueTokens(grant, decision, null);
        var response = new TokenIssueResponse
        {
            Action = TokenIssueAction.Ok,
            ResultCode = C.TiOk,
            ResultMessage = FakeResultCodes.Message(C.TiOk, "An access token was issued."),
            ResponseContent = tokens.ToResponseContent(),
            AccessToken = tokens.AccessToken,
            AccessTokenDuration = tokens.AccessTokenDuration,
            AccessTokenExpiresAt = tokens.AccessTokenExpiresAt.ToUnixTimeMilliseconds(),
            RefreshToken = tokens.RefreshToken,
            RefreshTokenDuration = tokens.RefreshTokenDuration,
            RefreshTokenExpiresAt = tokens.RefreshTokenExpiresAt?.ToUnixTimeMilliseconds() ?? 0,
            RefreshTokenScopes = tokens.RefreshToken is null ? null : tokens.Scopes,
            Subject = tokens.Subject,
            Scopes = tokens.Scopes,
            Properties = tokens.Properties,
            AccessTokenResources = grant.Resources.Count > 0 ? grant.Resources : null,
        };
        FillClient(response, grant.Client, grant.ClientIdAliasUsed);
        return response;
    }

    internal TokenFailResponse ProcessTokenFail(TokenFailRequest request)
    {
        static TokenFailResponse Answer(TokenFailAction action, string error, string code, string message)
        {
            string text = FakeResultCodes.Message(code, message);
            return new() { Action = action, ResultCode = code, ResultMessage = text, ResponseContent = Content.Error(error, text) };
        }

        if (Malformed(request) is { } malformed)
        {
            return Answer(TokenFailAction.InternalServerError, "server_error", C.TfMalformed, malformed);
        }

        TokenFailReason reason = request.Reason!.Value;
        (TokenFailAction action, string error, string message) = reason.Kind switch
        {
            TokenFailReasonKind.InvalidResourceOwnerCredentials => (TokenFailAction.BadRequest, "invalid_request", "The resource owner's credentials are wrong."),
            TokenFailReasonKind.InvalidTarget => (TokenFailAction.BadRequest, "invalid_target", "The requested resource is not valid."),
            TokenFailReasonKind.InvalidClient => (TokenFailAction.BadRequest, "invalid_client", "The client authentication failed."),
            TokenFailReasonKind.UnauthorizedClient => (TokenFailAction.BadRequest, "unauthorized_client", "The client may not use the password grant."),
            TokenFailReasonKind.InvalidScope => (TokenFailAction.BadRequest, "invalid_scope", "The requested scope is not valid."),
            TokenFailReasonKind.UnknownReason => (TokenFailAction.InternalServerError, "server_error", "The server could not process the request."),
            _ => throw FakeAuthleteNotSupportedException.For("the token fail reason '" + reason.Value + "'"),
        };

        if (TakePasswordGrant(request.Ticket!) is null)
        {
            return Answer(TokenFailAction.InternalServerError, "server_error", C.TfInvalidTicket, "The ticket does not exist, was used or has expired.");
        }

        return Answer(action, error, C.TfDone, message);
    }

    /// <summary>Removes and returns the unexpired password grant of a ticket; null when there is none.</summary>
    private PasswordGrant? TakePasswordGrant(string ticket)
    {
        lock (_gate)
        {
            if (!_passwordByTicket.Remove(ticket, out PasswordGrant? grant))
            {
                return null;
            }

            return Now < grant.ExpiresAt ? grant : null;
        }
    }
}
