using System.Security.Cryptography;
using System.Text;
using Authlete.Sdk.Testing.Common;

namespace Authlete.Sdk.Testing;

/// <summary>Client identification and authentication, shared by the APIs that forward a client's request.</summary>
public sealed partial class FakeAuthlete
{
    private static readonly Dictionary<string, string[]> ShortcutScopeClaims = new(StringComparer.Ordinal)
    {
        ["profile"] = ["name", "family_name", "given_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website", "gender", "birthdate", "zoneinfo", "locale", "updated_at"],
        ["email"] = ["email", "email_verified"],
        ["address"] = ["address"],
        ["phone"] = ["phone_number", "phone_number_verified"],
    };

    /// <summary>Refuses, loudly, the request members and parameters this fake does not implement.</summary>
    private static void RejectUnsupported(AuthleteClientRequest request, FormParameters form, string api)
    {
        if (request.ClientCertificate is not null || request.ClientCertificatePath is { Count: > 0 })
        {
            throw FakeAuthleteNotSupportedException.For("mutual-TLS client authentication or certificate-bound tokens (clientCertificate in a " + api + " request)");
        }

        if (request.OAuthClientAttestation is not null || request.OAuthClientAttestationPop is not null)
        {
            throw FakeAuthleteNotSupportedException.For("attestation-based client authentication (oauthClientAttestation in a " + api + " request)");
        }

        if (request is TokenRequest { CimdOptions: not null } or DeviceAuthorizationRequest { CimdOptions: not null }
            or BackchannelAuthenticationRequest { CimdOptions: not null })
        {
            throw FakeAuthleteNotSupportedException.For("client ID metadata documents (cimdOptions in a " + api + " request)");
        }

        foreach (string name in (string[])["client_assertion", "client_assertion_type", "request", "request_uri", "authorization_details", "grant_management_action", "grant_id", "claims"])
        {
            if (form.Has(name))
            {
                throw FakeAuthleteNotSupportedException.For("the request parameter '" + name + "' (in a " + api + " request)");
            }
        }
    }

    /// <summary>Identifies and authenticates the client (RFC 6749 §2.3): Basic credentials from the request, or form ones.</summary>
    private ClientAuthentication AuthenticateClient(
        AuthleteClientRequest request, FormParameters form, bool authenticationRequired, string authFailedCode, string invalidRequestCode)
        => AuthenticateClient(request.ClientId, request.ClientSecret, form, authenticationRequired, authFailedCode, invalidRequestCode);

    /// <summary>Identifies and authenticates the client from the Basic credentials the host passed and the form.</summary>
    private ClientAuthentication AuthenticateClient(
        string? clientId, string? clientSecret, FormParameters form, bool authenticationRequired, string authFailedCode, string invalidRequestCode)
    {
        string? formId = form.Get("client_id");
        string? formSecret = form.Get("client_secret");
        string? basicId = string.IsNullOrEmpty(clientId) ? null : clientId;
        string? basicSecret = string.IsNullOrEmpty(clientSecret) ? null : clientSecret;

        if (basicId is not null && formId is not null && basicId != formId)
        {
            return ClientAuthentication.Failure("invalid_request", invalidRequestCode,
                "The client ID in the Authorization header and the client_id request parameter differ.");
        }

        if (basicSecret is not null && formSecret is not null)
        {
            return ClientAuthentication.Failure("invalid_request", invalidRequestCode,
                "The client used more than one client authentication method (Basic and client_secret).");
        }

        string? identifier = basicId ?? formId;
        if (identifier is null)
        {
            return ClientAuthentication.Failure("invalid_request", invalidRequestCode,
                "The request does not identify the client (no client_id and no Basic credentials).");
        }

        FakeClient? client = FindClient(identifier, out bool aliasUsed);
        if (client is null)
        {
            return ClientAuthentication.Failure("invalid_client", authFailedCode, $"The client '{identifier}' does not exist.");
        }

        ClientAuthMethod method = client.ClientAuthMethod;
        string? presented = method == ClientAuthMethod.ClientSecretBasic ? basicSecret
            : method == ClientAuthMethod.ClientSecretPost ? formSecret
            : null;
        string? other = method == ClientAuthMethod.ClientSecretBasic ? formSecret
            : method == ClientAuthMethod.ClientSecretPost ? basicSecret
            : basicSecret ?? formSecret;

        if (method == ClientAuthMethod.None)
        {
            if (authenticationRequired)
            {
                return ClientAuthentication.Failure("invalid_client", authFailedCode,
                    $"The client '{identifier}' is a public client (NONE), but this endpoint requires client authentication.");
            }

            return other is null
                ? ClientAuthentication.Success(client, aliasUsed)
                : ClientAuthentication.Failure("invalid_client", authFailedCode, $"The client '{identifier}' is a public client but presented a secret.");
        }

        if (presented is null)
        {
            string how = other is null ? "no client secret" : "its secret in the wrong way";
            return ClientAuthentication.Failure("invalid_client", authFailedCode,
                $"The client '{identifier}' must authenticate with {method.Value} but presented {how}.");
        }

        if (!SecretsEqual(presented, client.ClientSecret!))
        {
            return ClientAuthentication.Failure("invalid_client", authFailedCode, $"The client secret of the client '{identifier}' is wrong.");
        }

        return ClientAuthentication.Success(client, aliasUsed);
    }

    /// <summary>Sets who the client is on an answer; the answers that name the client set their <c>ClientName</c> where they are built.</summary>
    private static void FillClient(AuthleteClientResponse response, FakeClient client, bool aliasUsed)
    {
        response.ClientId = client.ClientId;
        response.ClientIdAlias = client.ClientIdAlias;
        response.ClientIdAliasUsed = aliasUsed;
    }

    private static bool SecretsEqual(string left, string right)
        => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(left), Encoding.UTF8.GetBytes(right));

    /// <summary>The requested scopes the service supports and the client may request; the others are dropped, as Authlete does.</summary>
    private List<string> FilterScopes(IEnumerable<string> requested, FakeClient client)
        => requested.Where(s => Settings.SupportedScopes.Contains(s) && (client.Scopes is null || client.Scopes.Contains(s))).ToList();

    private static List<Scope> ToScopeObjects(IEnumerable<string> scopes) => scopes.Select(s => new Scope { Name = s }).ToList();

    private static List<string> ClaimNamesOf(IEnumerable<string> scopes)
        => scopes.Where(ShortcutScopeClaims.ContainsKey).SelectMany(s => ShortcutScopeClaims[s]).Distinct(StringComparer.Ordinal).ToList();

    private static string Repeated(FormParameters form) => string.Join(", ", form.Repeated);
}
