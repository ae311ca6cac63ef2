using Authlete.Sdk.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/backchannel/authentication/complete</c> API.
/// </summary>
public sealed class BackchannelAuthenticationCompleteResponse : AuthleteClientResponse
{
    /// <summary>What the authorization server must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public BackchannelAuthenticationCompleteAction Action { get; set; }

    /// <summary>The ready-made body (usually JSON text) for the client; its meaning depends on the action (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>The display name of the client (wire name <c>clientName</c>)</summary>
    public string? ClientName { get; set; }

    /// <summary>The client's token delivery mode (wire name <c>deliveryMode</c>)</summary>
    public DeliveryMode? DeliveryMode { get; set; }

    /// <summary>The client's notification endpoint, to POST the notification to (wire name <c>clientNotificationEndpoint</c>)</summary>
    public string? ClientNotificationEndpoint { get; set; }

    /// <summary>The client notification token: the Bearer token of the notification. A secret (wire name <c>clientNotificationToken</c>)</summary>
    public string? ClientNotificationToken { get; set; }

    /// <summary>The <c>auth_req_id</c> of the CIBA request (wire name <c>authReqId</c>)</summary>
    public string? AuthReqId { get; set; }

    /// <summary>The issued access token (push mode only). A secret (wire name <c>accessToken</c>)</summary>
    public string? AccessToken { get; set; }

    /// <summary>The issued refresh token (push mode only). A secret (wire name <c>refreshToken</c>)</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The issued ID token (push mode only) (wire name <c>idToken</c>)</summary>
    public string? IdToken { get; set; }

    /// <summary>The access token lifetime in seconds; 0 when none was issued (wire name <c>accessTokenDuration</c>)</summary>
    public long AccessTokenDuration { get; set; }

    /// <summary>The refresh token lifetime in seconds; 0 when none was issued (wire name <c>refreshTokenDuration</c>)</summary>
    public long RefreshTokenDuration { get; set; }

    /// <summary>The ID token lifetime in seconds; 0 when none was issued (wire name <c>idTokenDuration</c>)</summary>
    public long IdTokenDuration { get; set; }

    /// <summary>The JWT form of the access token, when the service issues JWT access tokens (push mode only). A secret (wire name <c>jwtAccessToken</c>)</summary>
    public string? JwtAccessToken { get; set; }

    /// <summary>Resource indicators (RFC 8707 <c>resource</c> parameters) (wire name <c>resources</c>)</summary>
    public IReadOnlyList<string>? Resources { get; set; }

    /// <summary>RFC 9396 <c>authorization_details</c> (wire name <c>authorizationDetails</c>)</summary>
    public AuthzDetails? AuthorizationDetails { get; set; }

    /// <summary>Arbitrary attributes configured on the service (wire name <c>serviceAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ServiceAttributes { get; set; }

    /// <summary>Arbitrary attributes configured on the client (wire name <c>clientAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ClientAttributes { get; set; }

    /// <summary>The Grant Management <c>grant_id</c> (wire name <c>grantId</c>)</summary>
    public string? GrantId { get; set; }

    /// <summary>
    /// Reads <see cref="ResponseContent"/> as the notification for the client notification endpoint (CIBA Core §10.2 and §10.3):
    /// <c>auth_req_id</c> alone for ping, the tokens or an error for push.
    /// </summary>
    /// <returns>The notification, or null when there is no response content.</returns>
    /// <exception cref="AuthleteSerializationException">The response content is not a JSON object.</exception>
    public CibaNotification? ReadNotification() => ResponseContentReader.Read(ResponseContent, ResponseContentJsonContext.Default.CibaNotification);
}
