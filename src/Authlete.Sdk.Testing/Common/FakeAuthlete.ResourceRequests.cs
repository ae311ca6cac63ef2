namespace Authlete.Sdk.Testing;

/// <summary>What the APIs a resource server calls with an access token (introspection, UserInfo) share.</summary>
public sealed partial class FakeAuthlete
{
    /// <summary>Refuses, loudly, the proof-of-possession and message-signature members the fake does not implement.</summary>
    private static void RejectUnsupportedProof(
        string api, string? clientCertificate, string? dpop, bool? dpopNonceRequired,
        string? uri, string? message, IReadOnlyList<Pair>? headers, string? targetUri, bool? requestBodyContained)
    {
        if (clientCertificate is not null)
        {
            throw FakeAuthleteNotSupportedException.For("certificate-bound access tokens (clientCertificate in a " + api + " request)");
        }

        if (dpop is not null || dpopNonceRequired == true)
        {
            throw FakeAuthleteNotSupportedException.For("DPoP (dpop in a " + api + " request)");
        }

        if (uri is not null || message is not null || headers is not null || targetUri is not null || requestBodyContained == true)
        {
            throw FakeAuthleteNotSupportedException.For("HTTP message signatures (uri, message, headers, targetUri in a " + api + " request)");
        }
    }
}
