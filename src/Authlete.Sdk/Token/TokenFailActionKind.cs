namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="TokenFailAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="TokenFailAction.Kind"/>.
/// </summary>
public enum TokenFailActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="TokenFailAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 and the response content.</summary>
    InternalServerError,

    /// <summary><c>BAD_REQUEST</c>: answer 400 with the response content, an error chosen by the reason (for example <c>invalid_request</c>).</summary>
    BadRequest,
}
