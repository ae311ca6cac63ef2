namespace Authlete.Sdk.Tests.Support;

/// <summary>Wraps a response's content to count the bytes the client actually read from it.</summary>
public sealed class CountingContent : HttpContent
{
    private readonly Stream _inner;
    private readonly long? _length;
    private long _read;

    private CountingContent(HttpContent original)
    {
        _inner = original.ReadAsStream();
        _length = original.Headers.ContentLength;
        foreach (KeyValuePair<string, IEnumerable<string>> header in original.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    public long BytesRead => Interlocked.Read(ref _read);

    /// <summary>Replaces <paramref name="response"/>'s content with a counting wrapper and returns it.</summary>
    public static CountingContent Wrap(HttpResponseMessage response)
    {
        var counting = new CountingContent(response.Content);
        response.Content = counting;
        return counting;
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new CountingStream(this));

    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => _inner.CopyToAsync(stream);

    protected override bool TryComputeLength(out long length)
    {
        length = _length ?? 0;
        return _length is not null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class CountingStream(CountingContent owner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await owner._inner.ReadAsync(buffer, cancellationToken);
            Interlocked.Add(ref owner._read, read);
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = owner._inner.Read(buffer, offset, count);
            Interlocked.Add(ref owner._read, read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
