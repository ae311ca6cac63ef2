using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// An HTTP answer to an OAuth client as Authlete prescribes it: a status, <c>Content-Type: application/json</c> (or
/// <see cref="ContentType"/>),
/// <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c>, the optional <c>WWW-Authenticate</c>, <c>DPoP-Nonce</c> and
/// <c>OAuth-Client-Attestation-Challenge</c> headers, and Authlete's <c>responseContent</c> as the body, unchanged.
/// </summary>
/// <remarks>
/// Return it from a minimal API endpoint (it is an <see cref="IResult"/>), or build it from an Authlete answer with
/// <see cref="AuthleteResultExtensions"/>.
/// </remarks>
public sealed class AuthleteResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    /// <summary>The media type of every answer.</summary>
    public const string JsonContentType = "application/json";

    /// <summary>Creates an answer.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="content">The JSON body (Authlete's <c>responseContent</c>), or null for none.</param>
    public AuthleteResult(int statusCode, string? content)
    {
        StatusCode = statusCode;
        Content = content;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The JSON body, exactly as Authlete wrote it; null for none.</summary>
    public string? Content { get; }

    /// <summary>The <c>WWW-Authenticate</c> header value (set on 401 answers), or null.</summary>
    public string? WwwAuthenticate { get; init; }

    /// <summary>The <c>DPoP-Nonce</c> header value (RFC 9449 §8), or null.</summary>
    public string? DpopNonce { get; init; }

    /// <summary>The <c>OAuth-Client-Attestation-Challenge</c> header value, or null.</summary>
    public string? AttestationChallenge { get; init; }

    /// <inheritdoc />
    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <summary>
    /// The <c>Content-Type</c> of the body: <see cref="JsonContentType"/> unless set, for example to <c>application/jwt</c>
    /// (a signed UserInfo response) or <c>application/token-introspection+jwt</c> (RFC 9701); null sends none (an answer
    /// without a body, such as an RFC 6750 challenge).
    /// </summary>
    public string? ContentType { get; init; } = JsonContentType;

    /// <summary>
    /// Creates a 500 answer with the body <c>{"error":"server_error","error_description":...}</c>, for failures on the
    /// authorization server's side (Authlete unreachable, a host callback that failed).
    /// </summary>
    /// <param name="description">The <c>error_description</c>; must not reveal internals.</param>
    /// <returns>The answer.</returns>
    public static AuthleteResult ServerError(string description) => Error(StatusCodes.Status500InternalServerError, "server_error", description);

    /// <summary>Creates an answer with an OAuth error body (RFC 6749 §5.2).</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">The <c>error</c> code, for example <c>invalid_request</c>.</param>
    /// <param name="description">The <c>error_description</c>, or null.</param>
    /// <returns>The answer.</returns>
    public static AuthleteResult Error(int statusCode, string error, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("error", error);
            if (description is not null)
            {
                writer.WriteString("error_description", description);
            }

            writer.WriteEndObject();
        }

        return new AuthleteResult(statusCode, Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes the answer.</summary>
    /// <param name="httpContext">The request's context.</param>
    /// <returns>A task that completes when the answer is written.</returns>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        HttpResponse response = httpContext.Response;
        response.StatusCode = StatusCode;
        if (ContentType is not null)
        {
            response.ContentType = ContentType;
        }

        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        if (WwwAuthenticate is not null)
        {
            response.Headers.WWWAuthenticate = WwwAuthenticate;
        }

        if (DpopNonce is not null)
        {
            response.Headers["DPoP-Nonce"] = DpopNonce;
        }

        if (AttestationChallenge is not null)
        {
            response.Headers["OAuth-Client-Attestation-Challenge"] = AttestationChallenge;
        }

        if (string.IsNullOrEmpty(Content))
        {
            response.ContentLength = 0;
            return Task.CompletedTask;
        }

        // Encoded straight into the response's buffers, with no array of its own.
        response.ContentLength = Encoding.UTF8.GetByteCount(Content);
        return response.WriteAsync(Content, httpContext.RequestAborted);
    }

    /// <summary>Describes the answer without its body (which may hold tokens).</summary>
    /// <returns>The status and content type.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"HTTP {StatusCode} {ContentType ?? "(no content type)"}");
}
