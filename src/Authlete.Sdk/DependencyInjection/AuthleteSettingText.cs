namespace Authlete.Sdk;

/// <summary>Parses the text forms of settings shared by configuration binding and the <c>AUTHLETE_*</c> variables.</summary>
internal static class AuthleteSettingText
{
    /// <summary>Reads <c>V2</c>, <c>V3</c>, <c>2</c> or <c>3</c> (any case, surrounding spaces ignored).</summary>
    /// <param name="text">The setting's text.</param>
    /// <param name="source">The setting's name, for the error message.</param>
    /// <returns>The version.</returns>
    /// <exception cref="InvalidOperationException">The text is not a version.</exception>
    public static AuthleteApiVersion ParseApiVersion(string text, string source) => text.Trim().ToUpperInvariant() switch
    {
        "V2" or "2" => AuthleteApiVersion.V2,
        "V3" or "3" => AuthleteApiVersion.V3,
        _ => throw new InvalidOperationException($"{source} '{text}' is not V2 or V3."),
    };

    /// <summary>Reads an absolute URI.</summary>
    /// <param name="text">The setting's text.</param>
    /// <param name="source">The setting's name, for the error message.</param>
    /// <returns>The URI.</returns>
    /// <exception cref="InvalidOperationException">The text is not an absolute URI.</exception>
    public static Uri ParseBaseAddress(string text, string source)
        => Uri.TryCreate(text, UriKind.Absolute, out Uri? uri)
            ? uri
            : throw new InvalidOperationException($"{source} '{text}' is not an absolute URI.");
}
