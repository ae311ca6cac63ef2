using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Authlete.Sdk.Errors;
using Authlete.Sdk.Json;

namespace Authlete.Sdk.Http;

/// <summary>
/// Reads Authlete's answer once its headers have arrived: the body within what is left of the attempt and total
/// timeouts (the pipeline's own timeouts stop at the headers) and the size cap, then the status check and the JSON.
/// Every failure becomes one of the SDK's exceptions.
/// </summary>
/// <param name="maxBufferSize">The most bytes an answer may have.</param>
/// <param name="attemptTimeout">The attempt timeout of the pipeline, or null for the client's own <see cref="HttpClient.Timeout"/>.</param>
/// <param name="totalTimeout">The total timeout of the pipeline, or null for the client's own <see cref="HttpClient.Timeout"/>.</param>
internal sealed class AuthleteResponseReader(int maxBufferSize, TimeSpan? attemptTimeout, TimeSpan? totalTimeout)
{
    /// <summary>The most bytes an answer may have (<see cref="AuthleteOptions.MaxResponseBufferSize"/>).</summary>
    public int MaxBufferSize => maxBufferSize;

    /// <summary>
    /// Starts the limit on reading an answer's body: what is left of the attempt and total timeouts (the pipeline's own
    /// timeouts stop at the headers), and the caller's token. The caller reads the body with
    /// <see cref="ResponseBuffer.ReadAsync"/> under the returned source's token, maps a failure with
    /// <see cref="BodyFailure"/> and ends the limit with <see cref="EndBodyLimit"/>. Not one async method of its own so
    /// that the call's state machine carries the read (one allocation per call fewer).
    /// </summary>
    /// <returns>A pooled source, linked to <paramref name="cancellationToken"/> by <paramref name="link"/>.</returns>
    public CancellationTokenSource StartBodyLimit(HttpClient httpClient, long started, CancellationToken cancellationToken, out CancellationTokenRegistration link)
    {
        TimeSpan limit = attemptTimeout ?? httpClient.Timeout;
        TimeSpan total = totalTimeout ?? httpClient.Timeout;
        if (total != Timeout.InfiniteTimeSpan)
        {
            TimeSpan left = total - Stopwatch.GetElapsedTime(started);
            // What is left, at least one tick: a timer cannot be set to a negative time, and zero would mean "at once" too.
            limit = limit == Timeout.InfiniteTimeSpan || left < limit ? TimeSpan.FromTicks(Math.Max(left.Ticks, 1)) : limit;
        }

        // A pooled source linked to the caller's token by a registration: no source or timer allocated per call.
        CancellationTokenSource timeout = TimeoutSourcePool.Rent();
        link = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), timeout);
        timeout.CancelAfter(limit);
        return timeout;
    }

    /// <summary>Ends the limit <see cref="StartBodyLimit"/> started.</summary>
    public static void EndBodyLimit(CancellationTokenSource timeout, CancellationTokenRegistration link)
    {
        // Unlinked first (waiting for a running callback), so that a source goes back only if nothing can cancel it.
        link.Dispose();
        // Stryker disable once Statement : a source not given back is collected instead of reused
        TimeoutSourcePool.Return(timeout);
    }

    /// <summary>The exception to throw for a failure while reading the body, or null to let it through.</summary>
    public static Exception? BodyFailure(AuthleteApiDescription api, int status, Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested
            => new OperationCanceledException(ex.Message, ex, cancellationToken),
        OperationCanceledException
            => new AuthleteTimeoutException($"The answer of the Authlete API '{api.Path}' (HTTP {status}) did not arrive in time.", api.Path, ex),
        IOException or HttpRequestException
            => new AuthleteApiException(
                $"The connection to the Authlete API '{api.Path}' ended before its answer (HTTP {status}) was complete.",
                api.Path, status, null, null, null, ex),
        _ => null,
    };

    /// <summary>The exception for an answer larger than the limit.</summary>
    public AuthleteApiException TooLarge(AuthleteApiDescription api, int status)
        => new(
            $"The answer of the Authlete API '{api.Path}' (HTTP {status}) is larger than the limit of {maxBufferSize} bytes (AuthleteOptions.MaxResponseBufferSize).",
            api.Path, status, null, null, null);

    /// <summary>Checks the status of <paramref name="response"/> and reads <paramref name="body"/> (read under <see cref="StartBodyLimit"/>) as <typeparamref name="TResponse"/>.</summary>
    public static TResponse Parse<TResponse>(AuthleteApiDescription api, HttpResponseMessage response, ResponseBuffer body, JsonTypeInfo<TResponse> info)
    {
        int status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            throw CreateStatusError(api, status, body);
        }

        bool document = typeof(IAuthleteDocumentResponse).IsAssignableFrom(typeof(TResponse));
        if (document && status == 204 && body.Length == 0)
        {
            // No document (a service without a JWK Set): an empty answer, ResponseContent null.
            return JsonSerializer.Deserialize("{}"u8, info)!;
        }

        if (body.Length == 0)
        {
            throw new AuthleteSerializationException(
                $"The Authlete API '{api.Path}' answered HTTP {status} with an empty body.", api.Path, status, string.Empty, null);
        }

        try
        {
            TResponse result = JsonSerializer.Deserialize(body.Span, info) ?? throw new JsonException("The body is the JSON literal null.");
            if (result is IAuthleteDocumentResponse served)
            {
                served.ResponseContent = System.Text.Encoding.UTF8.GetString(body.Span);
            }

            return result;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new AuthleteSerializationException(
                $"The answer of the Authlete API '{api.Path}' (HTTP {status}) could not be read as {typeof(TResponse).Name}: {ex.Message}",
                api.Path, status, body.ToBoundedString(), ex);
        }
    }

    private static AuthleteApiException CreateStatusError(AuthleteApiDescription api, int status, ResponseBuffer body)
    {
        AuthleteErrorResult? result = null;
        if (!body.Span.IsEmpty)
        {
            try
            {
                result = JsonSerializer.Deserialize(body.Span, AuthleteJson.TypeInfo<AuthleteErrorResult>());
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
            {
                // Not an Authlete error body (an HTML page from a proxy, say): keep the raw body only.
            }
        }

        string detail = result?.ResultMessage ?? result?.ResultCode ?? "no Authlete result in the body";
        return new AuthleteApiException(
            $"The Authlete API '{api.Path}' answered HTTP {status}: {detail}",
            api.Path, status, result?.ResultCode, result?.ResultMessage, body.ToBoundedString());
    }
}
