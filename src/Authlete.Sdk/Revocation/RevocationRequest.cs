namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/auth/revocation</c> API: the revocation request (RFC 7009) a client sent to the
/// authorization server's revocation endpoint.
/// </summary>
/// <remarks>
/// The members are those of <see cref="AuthleteClientRequest"/>: <see cref="AuthleteClientRequest.Parameters"/> is the
/// body the endpoint received (<c>token</c>, <c>token_type_hint</c>); build it with
/// <see cref="AuthleteClientRequestExtensions"/> like the token request.
/// </remarks>
public sealed class RevocationRequest : AuthleteClientRequest
{
}
