namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="DeliveryMode"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="DeliveryMode.Kind"/>.
/// </summary>
public enum DeliveryModeKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="DeliveryMode.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>POLL</c>: the client polls the token endpoint (OAuth value <c>poll</c>).</summary>
    Poll,

    /// <summary><c>PING</c>: the authorization server notifies the client, which then calls the token endpoint (OAuth value <c>ping</c>).</summary>
    Ping,

    /// <summary><c>PUSH</c>: the authorization server pushes the tokens to the client's notification endpoint (OAuth value <c>push</c>).</summary>
    Push,
}
