namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="DeviceCompleteResult"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="DeviceCompleteResult.Kind"/>.
/// </summary>
public enum DeviceCompleteResultKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="DeviceCompleteResult.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>AUTHORIZED</c>: the end-user approved: the device's next token request receives tokens.</summary>
    Authorized,

    /// <summary><c>ACCESS_DENIED</c>: the end-user denied: the device's next token request receives <c>access_denied</c>.</summary>
    AccessDenied,

    /// <summary><c>TRANSACTION_FAILED</c>: no decision could be obtained (a generic error).</summary>
    TransactionFailed,
}
