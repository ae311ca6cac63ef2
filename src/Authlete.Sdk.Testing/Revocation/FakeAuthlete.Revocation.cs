using Authlete.Sdk.Testing.Common;
using Authlete.Sdk.Testing.Token;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The revocation endpoint's API (RFC 7009), over the tokens the fake issued.</summary>
public sealed partial class FakeAuthlete
{
    /// <summary>
    /// Calls <c>/auth/revocation</c>: authenticates the client as <c>/auth/token</c> does (<c>INVALID_CLIENT</c> when it
    /// fails), then revokes the access or refresh token it names, with its pair (an access token and its refresh token
    /// are one grant and go together), so that introspection and UserInfo then reject it. An unknown token is
    /// <c>OK</c> too (RFC 7009 §2.2); a token of another client is <c>BAD_REQUEST</c>, as is a request without <c>token</c>.
    /// </summary>
    /// <param name="request">The client's request, as the revocation endpoint received it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="FakeAuthleteNotSupportedException">Mutual TLS, attestation or assertion-based client authentication was used.</exception>
    public Task<RevocationResponse> RevocationAsync(RevocationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.Revocation, request, cancellationToken);

    internal RevocationResponse ProcessRevocation(RevocationRequest request)
    {
        static RevocationResponse Error(RevocationAction action, string error, string code, string message)
        {
            string text = FakeResultCodes.Message(code, message);
            return new() { Action = action, ResultCode = code, ResultMessage = text, ResponseContent = Content.Error(error, text) };
        }

        if (Malformed(request) is { } malformed)
        {
            return Error(RevocationAction.InternalServerError, "server_error", C.RvMalformed, malformed);
        }

        if (request.ClientCertificate is not null || request.ClientCertificatePath is { Count: > 0 })
        {
            throw FakeAuthleteNotSupportedException.For("mutual-TLS client authentication (clientCertificate in a revocation request)");
        }

        if (request.OAuthClientAttestation is not null || request.OAuthClientAttestationPop is not null)
        {
            throw FakeAuthleteNotSupportedException.For("attestation-based client authentication (oauthClientAttestation in a revocation request)");
        }

        FormParameters form = FormParameters.Parse(request.Parameters);
        if (form.Has("client_assertion") || form.Has("client_assertion_type"))
        {
            throw FakeAuthleteNotSupportedException.For("the request parameter 'client_assertion' (in a revocation request)");
        }

        if (form.Repeated.Any())
        {
            return Error(RevocationAction.BadRequest, "invalid_request", C.RvInvalidRequest, "Request parameters must not be repeated: " + Repeated(form) + ".");
        }

        ClientAuthentication auth = AuthenticateClient(request.ClientId, request.ClientSecret, form, authenticationRequired: false, C.RvClientAuthFailed, C.RvInvalidRequest);
        if (!auth.Succeeded)
        {
            return Error(auth.Error == "invalid_client" ? RevocationAction.InvalidClient : RevocationAction.BadRequest, auth.Error!, auth.ResultCode!, auth.Message!);
        }

        string? token = form.Get("token");
        if (token is null)
        {
            return Error(RevocationAction.BadRequest, "invalid_request", C.RvInvalidRequest, "The 'token' request parameter is missing.");
        }

        // A token value is an access token or a refresh token, never both: access tokens are looked up first.
        TokenRecord? record = FindAccessToken(token);
        record ??= FindRefreshToken(token);
        if (record is not null)
        {
            if (record.Client.ClientId != auth.Client!.ClientId)
            {
                return Error(RevocationAction.BadRequest, "invalid_request", C.RvOtherClient, "The token was issued to another client.");
            }

            Forget(record);
        }

        return new RevocationResponse
        {
            Action = RevocationAction.Ok,
            ResultCode = C.RvOk,
            ResultMessage = FakeResultCodes.Message(C.RvOk, record is null ? "The token does not exist (not an error, RFC 7009 §2.2)." : "The token was revoked."),
        };
    }
}
