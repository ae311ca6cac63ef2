namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Endpoint metadata naming the keyed Authlete client (<c>AddKeyedAuthleteClient</c>) the Authlete endpoints of a route
/// or group call; added by <c>WithAuthleteClient(serviceKey)</c>.
/// </summary>
public sealed class AuthleteClientMetadata
{
    /// <summary>Creates the metadata.</summary>
    /// <param name="serviceKey">The key of the keyed Authlete client.</param>
    public AuthleteClientMetadata(string serviceKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        ServiceKey = serviceKey;
    }

    /// <summary>The key of the keyed Authlete client.</summary>
    public string ServiceKey { get; }

    /// <summary>Describes the metadata.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => "Authlete client " + ServiceKey;
}
