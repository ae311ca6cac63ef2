using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;

namespace Authlete.Samples.AuthorizationServer;

/// <summary>
/// The CIBA part only this server can do: who is the user a client names, and how to reach their device.
/// Authlete.Sdk.AspNetCore calls it from <c>POST /backchannel/authentication</c>.
/// </summary>
public sealed class DemoUsers(ICibaPendingRequestStore device, ILogger<DemoUsers> logger) : IBackchannelAuthenticationHandlerSpi
{
    /// <summary>The user the verification page acts for (this sample has no sign-in).</summary>
    public const string SignedInUser = "alice";

    /// <summary>The CIBA user code of every demo user (asked only of clients registered with "user code required").</summary>
    public const string UserCode = "1234";

    /// <summary>The users: subject → display name. A real server reads its user store.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alice"] = "Alice Smith",
        ["bob"] = "Bob Jones",
    };

    /// <inheritdoc />
    public Task<CibaUserIdentification> IdentifyUserAsync(BackchannelAuthenticationResponse request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // login_hint is the subject here; id_token_hint was verified by Authlete, which gives its subject.
        // A login_hint_token would have to be verified by this server: not supported here, so "unknown user".
        string? subject = request.HintType == UserIdentificationHintType.LoginHint ? request.Hint
            : request.HintType == UserIdentificationHintType.IdTokenHint ? request.Sub
            : null;
        CibaUser? user = subject is not null && All.TryGetValue(subject, out string? name) ? new CibaUser(subject) { Name = name } : null;
        return Task.FromResult<CibaUserIdentification>(user);   // null → unknown_user_id
    }

    /// <inheritdoc />
    public Task<bool> IsValidUserCodeAsync(CibaUser user, string userCode, CancellationToken cancellationToken)
        => Task.FromResult(userCode == UserCode);

    /// <inheritdoc />
    public async Task StartAuthenticationAsync(CibaAuthenticationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A real server sends a push message to the user's phone here; this one lists the request for the device to
        // fetch, in the store every instance shares (the phone may reach another instance than the client did).
        CibaPendingRequest pending = CibaPendingRequest.From(context);
        await device.AddAsync(pending, cancellationToken);
        Log.CibaRequestPending(logger, pending.Id, pending.ClientName ?? "an application", pending.Subject);
    }
}
