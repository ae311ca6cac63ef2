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
internal sealed class AuthleteResponseReader(int maxBufferSize, TimeSpan attemptTimeout, TimeSpan totalTimeout)
{
    public async Task<TResponse> ReadAsync<TResponse>(
        AuthleteApiDescription api, HttpResponseMessage response, JsonTypeInfo<TResponse> info, long started, CancellationToken cancellationToken)
    {
        int status = (int)response.StatusCode;
        using ResponseBuffer body = await ReadBodyAsync(api, response, status, started, cancellationToken).ConfigureAwait(false)
            ?? throw new AuthleteApiException(
                $"The answer of the Authlete API '{api.Path}' (HTTP {status}) is larger than the limit of {maxBufferSize} bytes (AuthleteOptions.MaxResponseBufferSize).",
                api.Path, status, null, null, null);

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

    private async Task<ResponseBuffer?> ReadBodyAsync(
        AuthleteApiDescription api, HttpResponseMessage response, int status, long started, CancellationToken cancellationToken)
    {
        TimeSpan limit = attemptTimeout;
        if (totalTimeout != Timeout.InfiniteTimeSpan)
        {
            TimeSpan left = totalTimeout - Stopwatch.GetElapsedTime(started);
            limit = limit == Timeout.InfiniteTimeSpan || left < limit ? (left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1)) : limit;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            return await ResponseBuffer.ReadAsync(response.Content, maxBufferSize, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (OperationCanceledException ex)
        {
            throw new AuthleteTimeoutException(
                $"The answer of the Authlete API '{api.Path}' (HTTP {status}) did not arrive in time.", api.Path, ex);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw new AuthleteApiException(
                $"The connection to the Authlete API '{api.Path}' ended before its answer (HTTP {status}) was complete.",
                api.Path, status, null, null, null, ex);
        }
    }

    private static AuthleteApiException CreateStatusError(AuthleteApiDescription api, int status, ResponseBuffer body)
    {
        AuthleteErrorResult? result = null;
        if (body.Length > 0)
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
