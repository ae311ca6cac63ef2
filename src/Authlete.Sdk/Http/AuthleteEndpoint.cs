namespace Authlete.Sdk.Http;

/// <summary>One Authlete API: its name (the path after <c>/api/</c> or <c>/api/{serviceId}/</c>) and its slot in a client's URI cache.</summary>
internal sealed class AuthleteEndpoint
{
    public static readonly AuthleteEndpoint BackchannelAuthentication = new(0, "backchannel/authentication");
    public static readonly AuthleteEndpoint BackchannelAuthenticationIssue = new(1, "backchannel/authentication/issue");
    public static readonly AuthleteEndpoint BackchannelAuthenticationFail = new(2, "backchannel/authentication/fail");
    public static readonly AuthleteEndpoint BackchannelAuthenticationComplete = new(3, "backchannel/authentication/complete");
    public static readonly AuthleteEndpoint DeviceAuthorization = new(4, "device/authorization");
    public static readonly AuthleteEndpoint DeviceVerification = new(5, "device/verification");
    public static readonly AuthleteEndpoint DeviceComplete = new(6, "device/complete");
    public static readonly AuthleteEndpoint Token = new(7, "auth/token");

    public const int Count = 8;

    private AuthleteEndpoint(int index, string name)
    {
        Index = index;
        Name = name;
        ActivityName = "Authlete " + name;
    }

    public int Index { get; }

    public string Name { get; }

    public string ActivityName { get; }
}
