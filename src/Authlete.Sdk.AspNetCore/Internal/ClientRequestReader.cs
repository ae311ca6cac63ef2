using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Internal;

/// <summary>Fills the client-request members of an Authlete request from what the endpoint received.</summary>
internal static class ClientRequestReader
{
    /// <summary>
    /// Reads and checks the form (<see cref="OAuthFormReader"/>), then sets the parameters, Basic credentials, client
    /// certificate and attestation headers. Returns the <c>invalid_request</c> answer for a malformed request (logged at
    /// Debug, event 2009), or null when <paramref name="request"/> was filled.
    /// </summary>
    public static async Task<AuthleteResult?> FillAsync<TRequest>(
        HttpContext context, TRequest request, AuthleteAspNetCoreOptions options, ILogger logger, string endpoint, CancellationToken cancellationToken)
        where TRequest : AuthleteClientRequest
    {
        FormReadResult form = await OAuthFormReader.ReadAsync(context, FormLimits.From(options), cancellationToken).ConfigureAwait(false);
        if (form.Rejection is { } rejection)
        {
            AspNetCoreLog.MalformedRequest(logger, endpoint, rejection.Reason, rejection.Result.StatusCode, form.Exception);
            return rejection.Result;
        }

        HttpRequest http = context.Request;
        request.WithParameters(form.Parameters!)
            .WithClientCredentials(http.Headers.Authorization.ToString())
            .WithClientCertificate(context.Connection.ClientCertificate);
        request.OAuthClientAttestation = NullIfEmpty(http.Headers["OAuth-Client-Attestation"].ToString());
        request.OAuthClientAttestationPop = NullIfEmpty(http.Headers["OAuth-Client-Attestation-PoP"].ToString());
        return null;
    }

    /// <summary>
    /// Reads and checks the form as <see cref="FillAsync{TRequest}"/> does, for the requests that are not
    /// <see cref="AuthleteClientRequest"/>s: the parameters, or the <c>invalid_request</c> answer (logged at Debug, event 2009).
    /// </summary>
    public static async Task<(IReadOnlyList<KeyValuePair<string, string?>>? Parameters, AuthleteResult? Malformed)> ReadFormAsync(
        HttpContext context, AuthleteAspNetCoreOptions options, ILogger logger, string endpoint, CancellationToken cancellationToken)
    {
        FormReadResult form = await OAuthFormReader.ReadAsync(context, FormLimits.From(options), cancellationToken).ConfigureAwait(false);
        if (form.Rejection is { } rejection)
        {
            AspNetCoreLog.MalformedRequest(logger, endpoint, rejection.Reason, rejection.Result.StatusCode, form.Exception);
            return (null, rejection.Result);
        }

        return (form.Parameters!, null);
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
