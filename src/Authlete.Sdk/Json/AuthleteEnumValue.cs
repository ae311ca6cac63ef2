namespace Authlete.Sdk.Json;

/// <summary>Helpers shared by the extensible enums: case-insensitive comparison of wire strings.</summary>
internal static class AuthleteEnumValue
{
    public static bool AreEqual(string? left, string? right)
        => string.Equals(left ?? string.Empty, right ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    public static int HashOf(string? value)
        => StringComparer.OrdinalIgnoreCase.GetHashCode(value ?? string.Empty);

    public static bool IsOneOf(string? value, ReadOnlySpan<string> known)
    {
        foreach (string candidate in known)
        {
            if (AreEqual(value, candidate))
            {
                return true;
            }
        }

        return false;
    }
}
