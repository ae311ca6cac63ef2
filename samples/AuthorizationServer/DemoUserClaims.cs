using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;

namespace Authlete.Samples.AuthorizationServer;

/// <summary>
/// The UserInfo endpoint's claim values for the demo users (<see cref="DemoUsers.All"/>): <c>name</c> with the
/// <c>profile</c> scope, <c>email</c> and <c>email_verified</c> with <c>email</c>. A real server reads its user store.
/// </summary>
public sealed class DemoUserClaims : IUserInfoHandlerSpi
{
    /// <summary>The demo e-mail address of a user.</summary>
    public static string EmailOf(string subject) => $"{subject}@example.com";

    /// <inheritdoc />
    public Task<IDictionary<string, object?>?> GetClaimsAsync(
        string subject, IReadOnlyList<string> claimNames, UserInfoResponse response, CancellationToken cancellationToken)
    {
        if (!DemoUsers.All.TryGetValue(subject, out string? name))
        {
            return Task.FromResult<IDictionary<string, object?>?>(null);   // unknown user: sub only
        }

        // Values not requested are left out by the SDK, so all can be given.
        IDictionary<string, object?> claims = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = name,
            ["email"] = EmailOf(subject),
            ["email_verified"] = true,
        };
        return Task.FromResult<IDictionary<string, object?>?>(claims);
    }
}
