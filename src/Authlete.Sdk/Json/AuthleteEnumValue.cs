namespace Authlete.Sdk.Json;

/// <summary>Helpers shared by the extensible enums: case-insensitive comparison of wire strings.</summary>
internal static class AuthleteEnumValue
{
    public static bool AreEqual(string? left, string? right)
        => string.Equals(left ?? string.Empty, right ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    public static int HashOf(string? value)
        // Stryker disable once NullCoalescing : hashing every value as the empty string keeps equal values equal; only the spread over buckets suffers
        => StringComparer.OrdinalIgnoreCase.GetHashCode(value ?? string.Empty);

    /// <summary>The position of <paramref name="value"/> in <paramref name="known"/> (ignoring case), or -1.</summary>
    public static int IndexOf(string? value, ReadOnlySpan<string> known)
    {
        for (int i = 0; i < known.Length; i++)
        {
            if (AreEqual(value, known[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
