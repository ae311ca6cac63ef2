using System.Net;
using System.Text;

namespace Authlete.Sdk.Testing.Http;

/// <summary>The <see cref="HttpMessageHandler"/> of <see cref="FakeAuthlete.CreateHandler"/>: answers in memory.</summary>
internal sealed class FakeAuthleteHandler(FakeAuthlete fake) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        byte[] body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        FakeHttpAnswer answer = FakeAuthleteDispatcher.Dispatch(
            fake,
            request.Method.Method,
            request.RequestUri?.AbsolutePath ?? "/",
            request.RequestUri?.Query,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.MediaType,
            body);
        return new HttpResponseMessage((HttpStatusCode)answer.Status)
        {
            RequestMessage = request,
            Content = new StringContent(answer.Body, Encoding.UTF8, "application/json"),
        };
    }
}
