namespace Authlete.Sdk.AspNetCore.Internal;

/// <summary>The bounds a request form must keep to; see <see cref="AuthleteAspNetCoreOptions"/> for the settable ones.</summary>
/// <param name="MaxBodySize">The largest body, in bytes; a larger one is answered 413.</param>
/// <param name="MaxParameterCount">The most parameters, repeats included.</param>
/// <param name="MaxValueLength">The longest value, in characters after decoding.</param>
internal sealed record FormLimits(int MaxBodySize, int MaxParameterCount, int MaxValueLength)
{
    /// <summary>The longest parameter name, in characters; OAuth parameter names are short words.</summary>
    public const int MaxNameLength = 256;

    public static FormLimits From(AuthleteAspNetCoreOptions options)
        => new(options.MaxFormBodySize, options.MaxFormParameterCount, options.MaxFormValueLength);
}
