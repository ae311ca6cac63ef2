namespace Authlete.Sdk.AspNetCore;

/// <summary>The end-user a CIBA request's hint identified.</summary>
public sealed class CibaUser
{
    /// <summary>Creates a user.</summary>
    /// <param name="subject">The user's unique, stable identifier (becomes the <c>sub</c> of the tokens).</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is null or empty.</exception>
    public CibaUser(string subject)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        Subject = subject;
    }

    /// <summary>The user's unique, stable identifier.</summary>
    public string Subject { get; }

    /// <summary>A display name, for the host's own use (for example on the authentication device); optional.</summary>
    public string? Name { get; init; }

    /// <summary>Anything else the host wants to carry to <see cref="IBackchannelAuthenticationHandlerSpi.StartAuthenticationAsync"/> (for example a device id).</summary>
    public object? State { get; init; }

    /// <summary>Describes the user by subject.</summary>
    /// <returns>The subject.</returns>
    public override string ToString() => Subject;
}
