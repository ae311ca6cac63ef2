namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Marks a service collection where <c>AddAuthleteClient</c> has registered the client, and names its HTTP client.</summary>
internal sealed class AuthleteClientRegistration(string name)
{
    public string Name { get; } = name;
}
