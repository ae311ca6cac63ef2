using System.Net;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// An in-process stand-in for Authlete: reads the whole request body (as a socket would, so lazily serialized content
/// is paid for) and answers 200 with a canned JSON body.
/// </summary>
public sealed class CannedHandler(byte[] body) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body), RequestMessage = request };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json;charset=UTF-8");
        return response;
    }
}
