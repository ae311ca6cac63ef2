using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;

namespace AuthleteServer;

/// <summary>
/// The CIBA part only this server can do: who the user a client names is, and how to reach them. Replace the user list
/// with your user store and <see cref="StartAuthenticationAsync"/> with a push to the user's authentication device.
/// </summary>
public sealed class Users(PendingCibaRequests pending) : IBackchannelAuthenticationHandlerSpi
{
    /// <summary>The users: subject → name.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alice"] = "Alice",
        ["bob"] = "Bob",
    };

    /// <summary>
    /// The user the pages act for: the signed-in user, or on the in-memory fake only, alice. Add sign-in (for example
    /// cookie authentication) before using your Authlete service: until then the pages answer 401.
    /// </summary>
    /// <param name="http">The request.</param>
    /// <returns>The subject, or null when nobody is signed in.</returns>
    public static string? SignedIn(HttpContext http)
        => http.User.Identity is { IsAuthenticated: true, Name: { } name } ? name
            : http.RequestServices.GetService<Authlete.Sdk.Testing.FakeAuthlete>() is not null ? "alice"
            : null;

    /// <inheritdoc />
    public Task<CibaUserIdentification> IdentifyUserAsync(BackchannelAuthenticationResponse request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // login_hint is the subject here; Authlete has verified an id_token_hint and gives its subject. A login_hint_token
        // would need verifying by this server: not supported, so "unknown user".
        string? subject = request.HintType == UserIdentificationHintType.LoginHint ? request.Hint
            : request.HintType == UserIdentificationHintType.IdTokenHint ? request.Sub
            : null;
        CibaUser? user = subject is not null && All.TryGetValue(subject, out string? name) ? new CibaUser(subject) { Name = name } : null;
        return Task.FromResult<CibaUserIdentification>(user);   // null → unknown_user_id
    }

    /// <inheritdoc />
    public Task<bool> IsValidUserCodeAsync(CibaUser user, string userCode, CancellationToken cancellationToken)
        => Task.FromResult(false);   // this server gives its users no CIBA user code: clients that require one are refused

    /// <inheritdoc />
    public Task StartAuthenticationAsync(CibaAuthenticationContext context, CancellationToken cancellationToken)
    {
        pending.Add(context);   // the user sees it on the /ciba page
        return Task.CompletedTask;
    }
}
