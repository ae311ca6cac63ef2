using System.Text.Json.Nodes;

namespace Authlete.Sdk.Benchmarks;

/// <summary>The CIBA answers of the endpoint benchmark, complete and of realistic size like the others.</summary>
public static partial class Payloads
{
    /// <summary>The <c>login_hint</c> of the benchmark's CIBA requests: the one user the host knows.</summary>
    public const string CibaUser = "alice";

    /// <summary>
    /// <c>/backchannel/authentication</c> asking the server to identify the user (<c>USER_IDENTIFICATION</c>): a push
    /// client, a login hint, a binding message the server must check, no user code.
    /// </summary>
    public static BackchannelAuthenticationResponse BackchannelAuthenticationResponse() => new()
    {
        ResultCode = "A180001",
        ResultMessage = "[A180001] The backchannel authentication request was processed successfully.",
        ClientId = ClientId,
        ClientIdAlias = "my-ciba-client",
        ClientIdAliasUsed = false,
        ClientEntityId = "https://rp.example.com/federation/entity",
        ClientEntityIdUsed = false,
        MetadataDocumentLocation = "https://rp.example.com/.well-known/oauth-client",
        MetadataDocumentUsed = false,
        Action = BackchannelAuthenticationAction.UserIdentification,
        ClientName = "My CIBA Client",
        Scopes =
        [
            new Scope { Name = "openid", DefaultEntry = true, Description = "OpenID Connect", Descriptions = Descriptions("OpenID Connect"), Attributes = Attributes("openid") },
            new Scope { Name = "payments", DefaultEntry = false, Description = "Initiate payments", Descriptions = Descriptions("Initiate payments"), Attributes = Attributes("payments") },
        ],
        ClaimNames = ["name", "email", "email_verified"],
        ClientNotificationToken = "8d67dc78-7faa-4d41-aabd-67707b374255",
        Acrs = ["urn:mace:incommon:iap:silver"],
        HintType = UserIdentificationHintType.LoginHint,
        Hint = CibaUser,
        BindingMessage = "W4SCT",
        UserCodeRequired = false,
        RequestedExpiry = 120,
        RequestContext = """{"ip":"203.0.113.7","channel":"web"}""",
        Warnings = ["The 'acr_values' request parameter contains an unsupported ACR: urn:example:gold."],
        Ticket = "c4iy3TWGn74UMO7ihRl0ZS8OEUzV9axBlBbJbqxH-9Q",
        Resources = ["https://api.example.com/payments"],
        AuthorizationDetails = AuthorizationDetails(),
        ServiceAttributes = Attributes("service"),
        ClientAttributes = Attributes("client"),
        DynamicScopes = [new DynamicScope { Name = "payment", Value = "payment:pmt-2025-11-25-0001" }],
        DeliveryMode = DeliveryMode.Push,
        ClientAuthMethod = ClientAuthMethod.ClientSecretBasic,
        GmAction = GmAction.Create,
        GrantId = "GRANT-9f2a77c1-5c3e-4b8e-a2f4-0d61c8e1b0aa",
        GrantSubject = "1b6f2c0e-93a4-4a52-8d7b-5f0c3f1e9d21",
        AttestationChallenge = "AYjcyMzY3ZDhiNmJkNTZiMWU2YTZhYzg5ZTdkNjY3NTk",
    };

    /// <summary><c>/backchannel/authentication/issue</c> <c>OK</c>: the <c>auth_req_id</c> for the client.</summary>
    public static BackchannelAuthenticationIssueResponse BackchannelAuthenticationIssueResponse() => new()
    {
        ResultCode = "A183001",
        ResultMessage = "[A183001] An auth_req_id was issued successfully.",
        Action = BackchannelAuthenticationIssueAction.Ok,
        ResponseContent = new JsonObject
        {
            ["auth_req_id"] = "_mzc-ZQdAhSPuMxTlO-MC_oqaOqYCrdNQ39PVxisaiE",
            ["expires_in"] = 120,
        }.ToJsonString(),
        AuthReqId = "_mzc-ZQdAhSPuMxTlO-MC_oqaOqYCrdNQ39PVxisaiE",
        ExpiresIn = 120,
        Interval = 0,
    };
}
