using System.Buffers;
using System.Text;

namespace Authlete.Sdk.Http;

/// <summary>
/// A response body read into a pooled buffer, never more than a set number of bytes.
/// </summary>
internal sealed class ResponseBuffer : IDisposable
{
    /// <summary>The most characters of a body an exception keeps.</summary>
    public const int MaxBodyCharsInErrors = 16 * 1024;

    private byte[]? _array;

    private ResponseBuffer(byte[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _array.AsSpan(0, Length);

    /// <summary>The most bytes rented before any arrive, whatever <c>Content-Length</c> declares.</summary>
    internal const int MaxInitialBytes = 64 * 1024;

    /// <summary>
    /// Reads the whole body, failing once it is larger than <paramref name="maxBytes"/>. The buffer grows as bytes
    /// arrive: a declared <c>Content-Length</c> only sizes the first rental up to <see cref="MaxInitialBytes"/>, so a
    /// large declaration with a small body costs nothing.
    /// </summary>
    /// <returns>The body, or null when it is larger than <paramref name="maxBytes"/>.</returns>
    public static async Task<ResponseBuffer?> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        // Stryker disable once Arithmetic : every limit is far below Array.MaxLength (the options allow at most 256 MiB), so the upper bound never applies
        maxBytes = Math.Clamp(maxBytes, 1, Array.MaxLength - 1);
        long? declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            return null;
        }

        // One byte more than the limit, so that an answer one byte too long is noticed without a further read.
        // Stryker disable once Linq : the first buffer's size only; the buffer grows as bytes arrive and the cap is checked against the bytes read
        long expected = declared is long known ? Math.Max(known, 1) : 4096;
        long initial = Math.Min(Math.Min(expected, MaxInitialBytes), (long)maxBytes) + 1;
        byte[] array = ArrayPool<byte>.Shared.Rent((int)initial);
        int length = 0;
        try
        {
            Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == array.Length)
                    {
                        if (length > maxBytes)
                        {
                            // Stryker disable once Statement : an array not returned to the pool is collected instead
                            ArrayPool<byte>.Shared.Return(array);
                            return null;
                        }

                        // Stryker disable once Linq : the buffer's size only; the cap is checked against the bytes read, not the array's length
                        byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)array.Length * 2, (long)maxBytes + 1));
                        array.AsSpan(0, length).CopyTo(larger);
                        // Stryker disable once Statement : an array not returned to the pool is collected instead
                        ArrayPool<byte>.Shared.Return(array);
                        array = larger;
                    }

                    int read = await stream.ReadAsync(array.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                    if (length > maxBytes)
                    {
                        // Stryker disable once Statement : an array not returned to the pool is collected instead
                        ArrayPool<byte>.Shared.Return(array);
                        return null;
                    }
                }
            }
        }
        catch
        {
            // Stryker disable once Statement : an array not returned to the pool is collected instead
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }

        return new ResponseBuffer(array, length);
    }

    /// <summary>The body as text, cut to <see cref="MaxBodyCharsInErrors"/> characters, for an exception.</summary>
    public string ToBoundedString() => Encoding.UTF8.GetString(Span[..Math.Min(Length, MaxBodyCharsInErrors)]);

    public void Dispose()
    {
        byte[]? array = Interlocked.Exchange(ref _array, null);
        // Stryker disable once Equality,Statement : the array only goes back to the pool (or is collected); no buffer is disposed twice
        if (array is not null)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
