using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Authlete.Sdk.AspNetCore.Internal;

/// <summary>
/// Decodes and checks an <c>application/x-www-form-urlencoded</c> body (UTF-8, RFC 6749 Appendix B), strictly: a
/// malformed percent-encoding or a value that is not UTF-8 is refused rather than repaired. Names stay case-sensitive
/// and in the order sent.
/// </summary>
internal static class FormParser
{
    /// <summary>
    /// Parameters that may be repeated: <c>resource</c> (RFC 8707 §2) and <c>audience</c> (RFC 8693 §2.1). Any other
    /// parameter must not be included more than once (RFC 6749 §3.1, §3.2).
    /// </summary>
    private static readonly HashSet<string> s_repeatable = new(StringComparer.Ordinal) { "resource", "audience" };

    /// <summary>Decodes <paramref name="body"/> into <paramref name="parameters"/>, or says why it cannot.</summary>
    public static FormRejection? Parse(ReadOnlySpan<byte> body, FormLimits limits, List<KeyValuePair<string, string?>> parameters)
    {
        while (!body.IsEmpty)
        {
            int separator = body.IndexOf((byte)'&');
            ReadOnlySpan<byte> pair = separator < 0 ? body : body[..separator];
            body = separator < 0 ? [] : body[(separator + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            if (parameters.Count == limits.MaxParameterCount)
            {
                return FormRejection.TooManyParameters(limits.MaxParameterCount);
            }

            int equals = pair.IndexOf((byte)'=');
            if (Decode(equals < 0 ? pair : pair[..equals], out string name) is { } badName)
            {
                return badName;
            }

            if (Decode(equals < 0 ? [] : pair[(equals + 1)..], out string value) is { } badValue)
            {
                return badValue;
            }

            parameters.Add(new(name, value));
        }

        return Check(parameters, limits);
    }

    /// <summary>Checks decoded parameters against the limits and the no-repeat rule.</summary>
    public static FormRejection? Check(IReadOnlyList<KeyValuePair<string, string?>> parameters, FormLimits limits)
    {
        if (parameters.Count == 0)
        {
            return FormRejection.NoParameters;
        }

        if (parameters.Count > limits.MaxParameterCount)
        {
            return FormRejection.TooManyParameters(limits.MaxParameterCount);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string name, string? value) in parameters)
        {
            if (name.Length == 0)
            {
                return FormRejection.NoName;
            }

            if (name.Length > FormLimits.MaxNameLength)
            {
                return FormRejection.NameTooLong;
            }

            if (value is { Length: var length } && length > limits.MaxValueLength)
            {
                return FormRejection.ValueTooLong(name, limits.MaxValueLength);
            }

            // A parameter sent without a value counts as omitted (RFC 6749 §3.1), so it is no repeat.
            if (!string.IsNullOrEmpty(value) && !s_repeatable.Contains(name) && !seen.Add(name))
            {
                return FormRejection.Duplicate(name);
            }
        }

        return null;
    }

    private static FormRejection? Decode(ReadOnlySpan<byte> encoded, out string text)
    {
        text = string.Empty;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(encoded.Length, 1));
        try
        {
            int length = 0;
            for (int i = 0; i < encoded.Length; i++)
            {
                byte b = encoded[i];
                if (b == (byte)'%')
                {
                    if (i + 2 >= encoded.Length || !TryHex(encoded[i + 1], out int high) || !TryHex(encoded[i + 2], out int low))
                    {
                        return FormRejection.BadPercentEncoding;
                    }

                    buffer[length++] = (byte)((high << 4) | low);
                    i += 2;
                }
                else
                {
                    buffer[length++] = b == (byte)'+' ? (byte)' ' : b;
                }
            }

            ReadOnlySpan<byte> decoded = buffer.AsSpan(0, length);
            if (!Utf8.IsValid(decoded))
            {
                return FormRejection.NotUtf8;
            }

            text = Encoding.UTF8.GetString(decoded);
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool TryHex(byte b, out int value)
    {
        value = b switch
        {
            >= (byte)'0' and <= (byte)'9' => b - '0',
            >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
            >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
            _ => -1,
        };
        return value >= 0;
    }
}
