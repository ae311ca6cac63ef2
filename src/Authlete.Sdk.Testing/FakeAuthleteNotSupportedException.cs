namespace Authlete.Sdk.Testing;

/// <summary>
/// Thrown when a request asks <see cref="FakeAuthlete"/> for something Authlete supports but this test double does not
/// implement (a grant type, an API path, a client authentication method, a request parameter). The message starts with
/// "Authlete.Sdk.Testing does not implement". Over HTTP the same message comes back as an HTTP 501 answer with an
/// Authlete error body, which <see cref="AuthleteApi"/> raises as an <see cref="AuthleteApiException"/>.
/// </summary>
public sealed class FakeAuthleteNotSupportedException : NotSupportedException
{
    /// <summary>Creates the exception with the default message.</summary>
    public FakeAuthleteNotSupportedException()
        : base("Authlete.Sdk.Testing does not implement this feature.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is not implemented.</param>
    public FakeAuthleteNotSupportedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is not implemented.</param>
    /// <param name="innerException">The cause.</param>
    public FakeAuthleteNotSupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static FakeAuthleteNotSupportedException For(string what)
        => new("Authlete.Sdk.Testing does not implement " + what + ". It is a test double of Authlete's CIBA, device flow and token APIs only; see docs/testing.md.");
}
