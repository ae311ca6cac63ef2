namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The outcome of <see cref="IBackchannelAuthenticationHandlerSpi.IdentifyUserAsync"/>: the user, or why the request must be rejected.
/// A <see cref="CibaUser"/> (or null, meaning <c>UNKNOWN_USER_ID</c>) converts to it implicitly.
/// </summary>
public sealed class CibaUserIdentification
{
    private CibaUserIdentification(CibaUser? user, BackchannelAuthenticationFailReason? failReason, string? errorDescription)
    {
        User = user;
        FailReason = failReason;
        ErrorDescription = errorDescription;
    }

    /// <summary>The identified user; null when identification failed.</summary>
    public CibaUser? User { get; }

    /// <summary>Why identification failed (the reason for <c>/backchannel/authentication/fail</c>); null on success.</summary>
    public BackchannelAuthenticationFailReason? FailReason { get; }

    /// <summary>An optional <c>error_description</c> for the client (printable ASCII, no <c>"</c> or <c>\</c>).</summary>
    public string? ErrorDescription { get; }

    /// <summary>The hint designates no known user: rejects with <c>UNKNOWN_USER_ID</c>.</summary>
    public static CibaUserIdentification UnknownUser { get; } = new(null, BackchannelAuthenticationFailReason.UnknownUserId, null);

    /// <summary>The hint designates <paramref name="user"/>.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The outcome.</returns>
    public static CibaUserIdentification Success(CibaUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user, null, null);
    }

    /// <summary>Rejects the request, for example with <c>EXPIRED_LOGIN_HINT_TOKEN</c> or <c>UNKNOWN_USER_ID</c>.</summary>
    /// <param name="reason">The reason for <c>/backchannel/authentication/fail</c>.</param>
    /// <param name="errorDescription">An optional <c>error_description</c> for the client.</param>
    /// <returns>The outcome.</returns>
    public static CibaUserIdentification Fail(BackchannelAuthenticationFailReason reason, string? errorDescription = null)
        => new(null, reason, errorDescription);

    /// <summary>Converts a user (null: unknown user) to an outcome.</summary>
    /// <param name="user">The user, or null.</param>
    public static implicit operator CibaUserIdentification(CibaUser? user) => user is null ? UnknownUser : Success(user);

    /// <summary>Converts a user (null: unknown user) to an outcome.</summary>
    /// <param name="user">The user, or null.</param>
    /// <returns>The outcome.</returns>
    public static CibaUserIdentification FromCibaUser(CibaUser? user) => user;
}
