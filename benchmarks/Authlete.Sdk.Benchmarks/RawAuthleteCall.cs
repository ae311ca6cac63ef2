using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Authlete.Sdk.Benchmarks.Pocos;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// The Authlete call the SDK is compared with, written by hand once for every comparison: per-request bearer and Accept
/// headers, a JSON body and a typed answer through System.Net.Http.Json over a source-generated context, a status check.
/// </summary>
/// <remarks>Each API is a plain forward to <see cref="PostAsync"/> (no state machine of its own), so every comparison
/// pays for the same one.</remarks>
internal static class RawAuthleteCall
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    /// <summary><c>/backchannel/authentication/complete</c> (the whole-call and loopback benchmarks).</summary>
    public static Task<Pocos.BackchannelAuthenticationCompleteResponse> CompleteAsync(
        HttpClient client, Uri uri, Pocos.BackchannelAuthenticationCompleteRequest body, string accessToken)
        => PostAsync(client, uri, body, PocoJsonContext.Default.BackchannelAuthenticationCompleteRequest,
            PocoJsonContext.Default.BackchannelAuthenticationCompleteResponse, accessToken, CancellationToken.None);

    /// <summary><c>/auth/token</c> (the endpoint benchmark's hand-written token endpoint).</summary>
    public static Task<Pocos.TokenResponse> TokenAsync(
        HttpClient client, Uri uri, ClientRequest body, string accessToken, CancellationToken cancellationToken)
        => PostAsync(client, uri, body, EndpointJsonContext.Default.ClientRequest, EndpointJsonContext.Default.TokenResponse, accessToken, cancellationToken);

    /// <summary><c>/device/authorization</c> (the hand-written device authorization endpoint).</summary>
    public static Task<Pocos.DeviceAuthorizationResponse> DeviceAuthorizationAsync(
        HttpClient client, Uri uri, ClientRequest body, string accessToken, CancellationToken cancellationToken)
        => PostAsync(client, uri, body, EndpointJsonContext.Default.ClientRequest, EndpointJsonContext.Default.DeviceAuthorizationResponse, accessToken, cancellationToken);

    /// <summary><c>/backchannel/authentication</c> (the hand-written backchannel authentication endpoint).</summary>
    public static Task<Pocos.BackchannelAuthenticationResponse> BackchannelAuthenticationAsync(
        HttpClient client, Uri uri, ClientRequest body, string accessToken, CancellationToken cancellationToken)
        => PostAsync(client, uri, body, EndpointJsonContext.Default.ClientRequest, EndpointJsonContext.Default.BackchannelAuthenticationResponse, accessToken, cancellationToken);

    /// <summary><c>/backchannel/authentication/issue</c>.</summary>
    public static Task<Pocos.BackchannelAuthenticationIssueResponse> BackchannelAuthenticationIssueAsync(
        HttpClient client, Uri uri, Pocos.BackchannelAuthenticationIssueRequest body, string accessToken, CancellationToken cancellationToken)
        => PostAsync(client, uri, body, EndpointJsonContext.Default.BackchannelAuthenticationIssueRequest,
            EndpointJsonContext.Default.BackchannelAuthenticationIssueResponse, accessToken, cancellationToken);

    /// <summary><c>/backchannel/authentication/fail</c>.</summary>
    public static Task<Pocos.BackchannelAuthenticationFailResponse> BackchannelAuthenticationFailAsync(
        HttpClient client, Uri uri, Pocos.BackchannelAuthenticationFailRequest body, string accessToken, CancellationToken cancellationToken)
        => PostAsync(client, uri, body, EndpointJsonContext.Default.BackchannelAuthenticationFailRequest,
            EndpointJsonContext.Default.BackchannelAuthenticationFailResponse, accessToken, cancellationToken);

    private static async Task<TAnswer> PostAsync<TBody, TAnswer>(
        HttpClient client, Uri uri, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TAnswer> answerType, string accessToken,
        CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(body, bodyType),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        message.Headers.Accept.Add(AcceptJson);
        using HttpResponseMessage response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(answerType, cancellationToken).ConfigureAwait(false))!;
    }
}
