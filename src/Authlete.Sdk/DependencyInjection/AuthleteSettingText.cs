using System.Globalization;

namespace Authlete.Sdk;

/// <summary>
/// Parses the text forms of settings shared by configuration binding and the <c>AUTHLETE_*</c> variables. Every parser
/// names the setting and the expected format in its error, so a typo is reported at start-up as what it is.
/// </summary>
internal static class AuthleteSettingText
{
    /// <summary>Reads <c>V2</c>, <c>V3</c>, <c>2</c> or <c>3</c> (any case, surrounding spaces ignored).</summary>
    /// <param name="text">The setting's text.</param>
    /// <param name="source">The setting's name, for the error message.</param>
    /// <returns>The version.</returns>
    /// <exception cref="InvalidOperationException">The text is not a version.</exception>
    public static AuthleteApiVersion ParseApiVersion(string text, string source)
        => TryParseApiVersion(text, source, out AuthleteApiVersion version, out string? error)
            ? version
            : throw new InvalidOperationException(error);

    /// <summary>Reads an absolute URI.</summary>
    /// <param name="text">The setting's text.</param>
    /// <param name="source">The setting's name, for the error message.</param>
    /// <returns>The URI.</returns>
    /// <exception cref="InvalidOperationException">The text is not an absolute URI.</exception>
    public static Uri ParseBaseAddress(string text, string source)
        => TryParseBaseAddress(text, source, out Uri? uri, out string? error)
            ? uri!
            : throw new InvalidOperationException(error);

    /// <summary>Reads an API version; on failure <paramref name="error"/> names the setting and the accepted values.</summary>
    public static bool TryParseApiVersion(string text, string source, out AuthleteApiVersion version, out string? error)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "V2" or "2":
                version = AuthleteApiVersion.V2;
                error = null;
                return true;
            case "V3" or "3":
                version = AuthleteApiVersion.V3;
                error = null;
                return true;
            default:
                version = default;
                error = $"{source} '{text}' is not an Authlete API version: use V2 or V3.";
                return false;
        }
    }

    /// <summary>Reads an absolute URI; on failure <paramref name="error"/> names the setting and gives an example.</summary>
    public static bool TryParseBaseAddress(string text, string source, out Uri? uri, out string? error)
    {
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out uri))
        {
            error = null;
            return true;
        }

        error = $"{source} '{text}' is not an absolute URI: use a form such as https://us.authlete.com.";
        return false;
    }

    /// <summary>Reads <c>true</c> or <c>false</c> (any case).</summary>
    public static bool TryParseBool(string text, string source, out bool value, out string? error)
    {
        if (bool.TryParse(text.Trim(), out value))
        {
            error = null;
            return true;
        }

        error = $"{source} '{text}' is not a boolean: use true or false.";
        return false;
    }

    /// <summary>Reads a whole number in invariant culture (no units, no separators).</summary>
    public static bool TryParseInt(string text, string source, string unit, out int value, out string? error)
    {
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            error = null;
            return true;
        }

        error = $"{source} '{text}' is not a whole number of {unit}: write the number alone, for example 4194304.";
        return false;
    }

    /// <summary>Reads a decimal number in invariant culture.</summary>
    public static bool TryParseDouble(string text, string source, out double value, out string? error)
    {
        if (double.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value))
        {
            error = null;
            return true;
        }

        error = $"{source} '{text}' is not a number: write it with a decimal point, for example 0.5.";
        return false;
    }

    /// <summary>
    /// Reads a time span written <c>[d.]hh:mm:ss[.fffffff]</c>. A bare number is refused: <see cref="TimeSpan.Parse(string)"/>
    /// would read <c>10</c> as ten days, never what was meant.
    /// </summary>
    public static bool TryParseTimeSpan(string text, string source, out TimeSpan value, out string? error)
    {
        string trimmed = text.Trim();
        if (trimmed.Contains(':', StringComparison.Ordinal)
            && TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out value))
        {
            error = null;
            return true;
        }

        value = default;
        error = $"{source} '{text}' is not a time span: write it as hh:mm:ss, for example \"00:00:10\" for ten seconds or \"00:00:00.500\" for half a second.";
        return false;
    }
}
