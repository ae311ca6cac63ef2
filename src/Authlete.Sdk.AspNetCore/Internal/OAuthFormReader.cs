using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Authlete.Sdk.AspNetCore.Internal;

/// <summary>
/// The one place the endpoints read a client's request parameters: a POST with an <c>application/x-www-form-urlencoded</c>
/// UTF-8 body (RFC 6749 §3.2 and Appendix B, RFC 8628 §3.1, CIBA Core §7.1), within <see cref="FormLimits"/>. Anything else is
/// a <see cref="FormRejection"/>, never an exception: the body is read here rather than by <c>ReadFormAsync</c>, so that
/// every limit and decoding error has its own accurate answer. The client going away and faults of the server itself
/// still throw.
/// </summary>
internal static class OAuthFormReader
{
    private const string FormMediaType = "application/x-www-form-urlencoded";
    private const int ChunkSize = 4096;

    public static async Task<FormReadResult> ReadAsync(HttpContext context, FormLimits limits, CancellationToken cancellationToken)
    {
        HttpRequest request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            return FormRejection.NotPost;
        }

        limits = limits with { MaxBodySize = LowerServerLimit(context, limits.MaxBodySize) };
        if (CheckHeaders(context, limits) is { } refused)
        {
            return refused;
        }

        var parameters = new List<KeyValuePair<string, string?>>();
        if (context.Features.Get<IFormFeature>() is { Form: { } form })
        {
            // The host's pipeline read the form already (the body is gone): check what it read.
            parameters.AddRange(form.SelectMany(field => field.Value.Select(value => new KeyValuePair<string, string?>(field.Key, value))));
            return FormParser.Check(parameters, limits) is { } invalid ? invalid : FormReadResult.Read(parameters);
        }

        byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var body = new MemoryStream((int)Math.Min(request.ContentLength ?? ChunkSize, limits.MaxBodySize));
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > limits.MaxBodySize)
                {
                    return FormRejection.TooLarge(limits.MaxBodySize);
                }

                body.Write(chunk, 0, read);
            }

            return FormParser.Parse(body.GetBuffer().AsSpan(0, (int)body.Length), limits, parameters) is { } invalid
                ? invalid
                : FormReadResult.Read(parameters);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return FormReadResult.Refused(FormRejection.TooLarge(limits.MaxBodySize), ex); // the server's limit, lowered to ours
        }
        catch (BadHttpRequestException ex)
        {
            return FormReadResult.Refused(FormRejection.Unreadable, ex); // bad chunking, body shorter than Content-Length, too slow
        }
        catch (IOException ex)
        {
            // The client reset the connection while sending the body: no answer can reach it. Aborting also keeps the
            // server from draining a body reader left mid-read, which it would log as an error.
            context.Abort();
            cancellationToken.ThrowIfCancellationRequested();
            return FormReadResult.Refused(FormRejection.Unreadable, ex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static FormRejection? CheckHeaders(HttpContext context, FormLimits limits)
    {
        HttpRequest request = context.Request;
        if (string.IsNullOrEmpty(request.ContentType))
        {
            bool noBody = request.ContentLength == 0 || context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false };
            return noBody ? FormRejection.NoBody : FormRejection.NoContentType;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? contentType))
        {
            return FormRejection.MalformedContentType;
        }

        if (!contentType.MediaType.Equals(FormMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
                ? FormRejection.Multipart
                : FormRejection.WrongMediaType;
        }

        if (contentType.Parameters.Any(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase) && !IsUtf8(HeaderUtilities.RemoveQuotes(p.Value).Value)))
        {
            return FormRejection.UnsupportedCharset;
        }

        if (request.Headers.ContentEncoding.Any(e => !string.Equals(e?.Trim(), "identity", StringComparison.OrdinalIgnoreCase)))
        {
            return FormRejection.ContentEncoded;
        }

        return request.ContentLength > limits.MaxBodySize ? FormRejection.TooLarge(limits.MaxBodySize) : null;
    }

    /// <summary>UTF-8, or US-ASCII (a subset of it).</summary>
    private static bool IsUtf8(string? charset)
        => charset is not null && (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Has the server itself stop a body past the limit (it then also closes the connection rather than drain the rest);
    /// never raises the server's limit. Returns the limit in force: the lower of the two.
    /// </summary>
    private static int LowerServerLimit(HttpContext context, int maxBodySize)
    {
        IHttpMaxRequestBodySizeFeature? feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is null)
        {
            return maxBodySize;
        }

        if (!feature.IsReadOnly && (feature.MaxRequestBodySize is null || feature.MaxRequestBodySize > maxBodySize))
        {
            feature.MaxRequestBodySize = maxBodySize;
        }

        return feature.MaxRequestBodySize is { } server && server < maxBodySize ? (int)server : maxBodySize;
    }
}
