namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Marks a service collection where <c>AddAuthleteClient</c> (or <c>AddKeyedAuthleteClient</c>) has registered a client:
/// the name of its options and of its HTTP client.
/// </summary>
internal sealed class AuthleteClientRegistration(string optionsName, string clientName)
{
    public string OptionsName { get; } = optionsName;

    public string ClientName { get; } = clientName;
}
