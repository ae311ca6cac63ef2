namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="UserIdentificationHintType"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="UserIdentificationHintType.Kind"/>.
/// </summary>
public enum UserIdentificationHintTypeKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="UserIdentificationHintType.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>ID_TOKEN_HINT</c>: the <c>id_token_hint</c> parameter; the <c>sub</c> of the response holds its subject.</summary>
    IdTokenHint,

    /// <summary><c>LOGIN_HINT</c>: the <c>login_hint</c> parameter.</summary>
    LoginHint,

    /// <summary><c>LOGIN_HINT_TOKEN</c>: the <c>login_hint_token</c> parameter.</summary>
    LoginHintToken,
}
