using Authlete.Sdk.Testing.Token;

namespace Authlete.Sdk.Testing.Device;

/// <summary>One device flow, from its device code and user code to its tokens.</summary>
internal sealed class DeviceTransaction : PendingGrant
{
    public required string DeviceCode { get; init; }

    public required string UserCode { get; init; }
}
