using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore.Internal;

/// <summary>Fills the client-request members of an Authlete request from what the endpoint received.</summary>
internal static class ClientRequestReader
{
    public static AuthleteResult NotAForm { get; } = AuthleteResult.Error(
        StatusCodes.Status400BadRequest, "invalid_request", "The request body must be application/x-www-form-urlencoded.");

    /// <summary>Reads the form, Basic credentials, client certificate and attestation headers; false when the body is not a form.</summary>
    public static async Task<bool> TryFillAsync<TRequest>(HttpContext context, TRequest request, CancellationToken cancellationToken)
        where TRequest : AuthleteClientRequest
    {
        HttpRequest http = context.Request;
        if (!HttpMethods.IsPost(http.Method) || !http.HasFormContentType)
        {
            return false;
        }

        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return false; // malformed or oversized form: answered as invalid_request
        }

        request.WithParameters(form)
            .WithClientCredentials(http.Headers.Authorization.ToString())
            .WithClientCertificate(context.Connection.ClientCertificate);
        request.OAuthClientAttestation = NullIfEmpty(http.Headers["OAuth-Client-Attestation"].ToString());
        request.OAuthClientAttestationPop = NullIfEmpty(http.Headers["OAuth-Client-Attestation-PoP"].ToString());
        return true;
    }

    public static string? Authorization(HttpContext context) => NullIfEmpty(context.Request.Headers.Authorization.ToString());

    public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>True for an exception to turn into a 500 answer: anything but the client going away.</summary>
    public static bool IsFailure(Exception exception, CancellationToken requestAborted)
        => !(exception is OperationCanceledException && requestAborted.IsCancellationRequested);

    /// <summary>Runs a host callback with the callback timeout; a callback that ignores its token still cannot hang the request.</summary>
    public static async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> callback, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        linked.CancelAfter(timeout);
        return await callback(linked.Token).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
    }
}
