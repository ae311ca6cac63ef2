namespace Authlete.Sdk.Http;

/// <summary>
/// Sits inside the resilience pipeline of the DI-registered client, so it runs once per attempt: an attempt after the
/// first replaces the request's DPoP proof with a fresh one (a proof's <c>jti</c> is single-use). Requests without a
/// DPoP-bound token pass through untouched.
/// </summary>
internal sealed class AuthleteDpopHandler : DelegatingHandler
{
    private const string DpopHeader = "DPoP";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(AuthleteDpopProof.OptionKey, out AuthleteDpopProof? proof) && proof.IsResend())
        {
            request.Headers.Remove(DpopHeader);
            request.Headers.TryAddWithoutValidation(DpopHeader, proof.Create());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
