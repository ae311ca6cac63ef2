namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="BackchannelAuthenticationCompleteResult"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="BackchannelAuthenticationCompleteResult.Kind"/>.
/// </summary>
public enum BackchannelAuthenticationCompleteResultKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="BackchannelAuthenticationCompleteResult.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>AUTHORIZED</c>: the end-user authorized the client: tokens are issued.</summary>
    Authorized,

    /// <summary><c>ACCESS_DENIED</c>: the end-user denied the request (<c>access_denied</c>).</summary>
    AccessDenied,

    /// <summary><c>TRANSACTION_FAILED</c>: no decision could be obtained, for example the authentication device could not be reached (<c>transaction_failed</c>).</summary>
    TransactionFailed,
}
