using Authlete.Sdk.Testing.Http;

namespace Authlete.Sdk.Testing.Dispatch;

/// <summary>One row of <see cref="FakeApiTable"/>: an API and how the fake answers it, over HTTP or in-process.</summary>
internal abstract class FakeApiEntry
{
    /// <summary>The API this row serves.</summary>
    public abstract AuthleteApiDescription Api { get; }

    /// <summary>Reads the JSON body, answers (a scripted outcome first) and writes the answer, for the HTTP dispatcher.</summary>
    /// <exception cref="AuthleteSerializationException">The body is not a request of this API.</exception>
    public abstract FakeHttpAnswer Answer(FakeAuthlete fake, byte[] body);
}
