using Authlete.Sdk.Http;

namespace Authlete.Sdk.Tests.Http;

/// <summary>The response buffer grows as bytes arrive: a declared <c>Content-Length</c> is a claim, not a size to allocate.</summary>
public sealed class ResponseBufferTests
{
    [Fact]
    public async Task A_large_declared_length_with_a_small_body_does_not_size_the_buffer()
    {
        var stream = new RecordingStream("{}"u8.ToArray());
        var content = new StreamContent(stream);
        content.Headers.ContentLength = 4 * 1024 * 1024;

        using ResponseBuffer? body = await ResponseBuffer.ReadAsync(content, 4 * 1024 * 1024, CancellationToken.None);

        body!.Length.Should().Be(2);
        stream.LargestBufferOffered.Should().BeLessThanOrEqualTo(256 * 1024, "at most a small first buffer is rented before bytes arrive");
    }

    [Fact]
    public async Task The_largest_limit_and_declared_length_do_not_overflow()
    {
        var huge = new StreamContent(new RecordingStream("{}"u8.ToArray()));
        huge.Headers.ContentLength = int.MaxValue;
        var small = new StreamContent(new RecordingStream("{}"u8.ToArray()));
        small.Headers.ContentLength = 2;

        using ResponseBuffer? refused = await ResponseBuffer.ReadAsync(huge, int.MaxValue, CancellationToken.None);
        using ResponseBuffer? read = await ResponseBuffer.ReadAsync(small, int.MaxValue, CancellationToken.None);

        refused.Should().BeNull("no array can hold int.MaxValue bytes");
        read!.Length.Should().Be(2);
    }

    [Fact]
    public async Task A_body_one_byte_over_the_limit_is_refused_and_one_at_the_limit_is_kept()
    {
        byte[] bytes = new byte[100_000];
        using ResponseBuffer? atLimit = await ResponseBuffer.ReadAsync(new StreamContent(new RecordingStream(bytes)), bytes.Length, CancellationToken.None);
        using ResponseBuffer? over = await ResponseBuffer.ReadAsync(new StreamContent(new RecordingStream(bytes)), bytes.Length - 1, CancellationToken.None);

        atLimit!.Length.Should().Be(bytes.Length);
        over.Should().BeNull();
    }

    /// <summary>A stream that serves bytes a few at a time and remembers the largest buffer a reader offered.</summary>
    private sealed class RecordingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public int LargestBufferOffered { get; private set; }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            LargestBufferOffered = Math.Max(LargestBufferOffered, buffer.Length);
            return base.ReadAsync(buffer[..Math.Min(buffer.Length, 8192)], cancellationToken);
        }
    }
}
