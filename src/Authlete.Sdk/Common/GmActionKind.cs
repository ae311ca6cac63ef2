namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="GmAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="GmAction.Kind"/>.
/// </summary>
public enum GmActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="GmAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>CREATE</c>: create a new grant.</summary>
    Create,

    /// <summary><c>QUERY</c>: query an existing grant.</summary>
    Query,

    /// <summary><c>REPLACE</c>: replace an existing grant.</summary>
    Replace,

    /// <summary><c>REVOKE</c>: revoke an existing grant.</summary>
    Revoke,

    /// <summary><c>MERGE</c>: merge into an existing grant.</summary>
    Merge,
}
