namespace Authlete.Sdk.Tests.Support;

/// <summary>One Authlete API as the tests see it: its path, a valid request, and how to call it.</summary>
public sealed record ApiCase(
    string Path,
    Type RequestType,
    Type ResponseType,
    Type ActionType,
    Func<AuthleteRequest> ValidRequest,
    Func<IAuthleteApi, AuthleteRequest, CancellationToken, Task<AuthleteResponse>> Call)
{
    public override string ToString() => Path;

    public static readonly ApiCase[] All =
    [
        new("backchannel/authentication", typeof(BackchannelAuthenticationRequest), typeof(BackchannelAuthenticationResponse), typeof(BackchannelAuthenticationAction),
            () => new BackchannelAuthenticationRequest { Parameters = "login_hint=john&scope=openid" },
            async (api, r, ct) => await api.BackchannelAuthenticationAsync((BackchannelAuthenticationRequest)r, ct)),
        new("backchannel/authentication/issue", typeof(BackchannelAuthenticationIssueRequest), typeof(BackchannelAuthenticationIssueResponse), typeof(BackchannelAuthenticationIssueAction),
            () => new BackchannelAuthenticationIssueRequest { Ticket = "t" },
            async (api, r, ct) => await api.BackchannelAuthenticationIssueAsync((BackchannelAuthenticationIssueRequest)r, ct)),
        new("backchannel/authentication/fail", typeof(BackchannelAuthenticationFailRequest), typeof(BackchannelAuthenticationFailResponse), typeof(BackchannelAuthenticationFailAction),
            () => new BackchannelAuthenticationFailRequest { Ticket = "t", Reason = BackchannelAuthenticationFailReason.UnknownUserId },
            async (api, r, ct) => await api.BackchannelAuthenticationFailAsync((BackchannelAuthenticationFailRequest)r, ct)),
        new("backchannel/authentication/complete", typeof(BackchannelAuthenticationCompleteRequest), typeof(BackchannelAuthenticationCompleteResponse), typeof(BackchannelAuthenticationCompleteAction),
            () => new BackchannelAuthenticationCompleteRequest { Ticket = "t", Result = BackchannelAuthenticationCompleteResult.Authorized, Subject = "john" },
            async (api, r, ct) => await api.BackchannelAuthenticationCompleteAsync((BackchannelAuthenticationCompleteRequest)r, ct)),
        new("device/authorization", typeof(DeviceAuthorizationRequest), typeof(DeviceAuthorizationResponse), typeof(DeviceAuthorizationAction),
            () => new DeviceAuthorizationRequest { Parameters = "client_id=1&scope=openid" },
            async (api, r, ct) => await api.DeviceAuthorizationAsync((DeviceAuthorizationRequest)r, ct)),
        new("device/verification", typeof(DeviceVerificationRequest), typeof(DeviceVerificationResponse), typeof(DeviceVerificationAction),
            () => new DeviceVerificationRequest { UserCode = "WDJB-MJHT" },
            async (api, r, ct) => await api.DeviceVerificationAsync((DeviceVerificationRequest)r, ct)),
        new("device/complete", typeof(DeviceCompleteRequest), typeof(DeviceCompleteResponse), typeof(DeviceCompleteAction),
            () => new DeviceCompleteRequest { UserCode = "WDJB-MJHT", Result = DeviceCompleteResult.Authorized, Subject = "john" },
            async (api, r, ct) => await api.DeviceCompleteAsync((DeviceCompleteRequest)r, ct)),
        new("auth/token", typeof(TokenRequest), typeof(TokenResponse), typeof(TokenAction),
            () => new TokenRequest { Parameters = "grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=abc" },
            async (api, r, ct) => await api.TokenAsync((TokenRequest)r, ct)),
    ];

    public static TheoryData<ApiCase, AuthleteApiVersion> AllWithVersions()
    {
        var data = new TheoryData<ApiCase, AuthleteApiVersion>();
        foreach (ApiCase api in All)
        {
            data.Add(api, AuthleteApiVersion.V2);
            data.Add(api, AuthleteApiVersion.V3);
        }

        return data;
    }

    public static TheoryData<ApiCase> AllCases() => new(All);
}
