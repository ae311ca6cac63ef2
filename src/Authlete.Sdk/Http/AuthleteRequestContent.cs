using System.Net;
using System.Net.Http.Headers;

namespace Authlete.Sdk.Http;

/// <summary>
/// The JSON body of an Authlete call, which refuses to be written to any URI but the one it was addressed to. A handler
/// that follows a 307 or 308 redirect re-sends the body to the new location (only the <c>Authorization</c> header is
/// dropped): the body carries client secrets, so it is never written there. Retries to the same URI still work.
/// </summary>
internal sealed class AuthleteRequestContent : HttpContent
{
    private static readonly MediaTypeHeaderValue JsonUtf8 = new("application/json") { CharSet = "utf-8" };

    private readonly byte[] _body;
    private readonly HttpRequestMessage _message;
    private readonly Uri _uri;

    public AuthleteRequestContent(byte[] body, HttpRequestMessage message, Uri uri)
    {
        _body = body;
        _message = message;
        _uri = uri;
        Headers.ContentType = JsonUtf8;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        EnsureAddressed();
        return stream.WriteAsync(_body, cancellationToken).AsTask();
    }

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        EnsureAddressed();
        stream.Write(_body);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }

    private void EnsureAddressed()
    {
        if (_message.RequestUri != _uri)
        {
            throw new RedirectRefusedException();
        }
    }

    /// <summary>The body was about to follow a redirect.</summary>
    internal sealed class RedirectRefusedException : InvalidOperationException
    {
        public RedirectRefusedException()
            : base("The request body of an Authlete call is never sent to a redirect target.")
        {
        }
    }
}
