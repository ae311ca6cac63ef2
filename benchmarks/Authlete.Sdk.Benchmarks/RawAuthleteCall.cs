using System.Net.Http.Headers;
using System.Net.Http.Json;
using Authlete.Sdk.Benchmarks.Pocos;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// The Authlete call the SDK is compared with, written by hand once for every comparison: per-request bearer and Accept
/// headers, a JSON body and a typed answer through System.Net.Http.Json over a source-generated context, a status check.
/// </summary>
internal static class RawAuthleteCall
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    public static async Task<Pocos.BackchannelAuthenticationCompleteResponse> CompleteAsync(
        HttpClient client, Uri uri, Pocos.BackchannelAuthenticationCompleteRequest body, string accessToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(body, PocoJsonContext.Default.BackchannelAuthenticationCompleteRequest),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        message.Headers.Accept.Add(AcceptJson);
        using HttpResponseMessage response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(PocoJsonContext.Default.BackchannelAuthenticationCompleteResponse).ConfigureAwait(false))!;
    }
}
