using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Authlete.Sdk.Benchmarks;

/// <summary>The endpoint benchmark's checks that both variants do the same work.</summary>
public static partial class EndpointHarness
{
    /// <summary>
    /// Sends one request to each variant of each endpoint with Authlete's requests recorded, and checks that both variants
    /// sent the same Authlete requests (paths in order, same JSON) and gave the client the same answer (status, the
    /// headers either sets, body bytes).
    /// </summary>
    private static async Task<bool> CheckSameWorkAsync(HttpClient http, Uri hostAddress, AuthleteStandIn authlete)
    {
        string[] headers = ["Content-Type", "Content-Length", "Cache-Control", "Pragma", "WWW-Authenticate", "DPoP-Nonce", "OAuth-Client-Attestation-Challenge"];
        bool same = true;
        authlete.Capture = true;
        try
        {
            foreach (EndpointCase endpoint in Cases)
            {
                var answers = new (int Status, string Headers, byte[] Body, List<(string Path, byte[] Body)> Authlete)[Variants.Length];
                for (int v = 0; v < Variants.Length; v++)
                {
                    using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(endpoint.Form));
                    content.Headers.ContentType = FormType;
                    using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(hostAddress, Prefix(v) + endpoint.Path)) { Content = content };
                    message.Headers.Authorization = Basic;
                    using HttpResponseMessage response = await http.SendAsync(message).ConfigureAwait(false);
                    byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    string headerText = string.Join("; ", headers.Select(h => h + ": " + string.Join(",", Values(response, h))));
                    answers[v] = ((int)response.StatusCode, headerText, body, authlete.TakeCaptured());
                }

                (int Status, string Headers, byte[] Body, List<(string Path, byte[] Body)> Authlete) sdk = answers[0];
                string[] expectedPaths = [.. endpoint.Apis.Select(api => "/api/" + ServiceId + "/" + api)];
                var problems = new List<string>();
                if (sdk.Status != 200)
                {
                    problems.Add($"the SDK variant answered {sdk.Status}: {Encoding.UTF8.GetString(sdk.Body)}");
                }

                foreach ((int Status, string Headers, byte[] Body, List<(string Path, byte[] Body)> Authlete) hand in answers.Skip(1))
                {
                    if (sdk.Status != hand.Status || sdk.Headers != hand.Headers || !sdk.Body.AsSpan().SequenceEqual(hand.Body))
                    {
                        problems.Add($"the answers differ:\n  SDK:          {sdk.Status} {sdk.Headers}\n  hand-written: {hand.Status} {hand.Headers}" +
                                     $"\n  bodies {(sdk.Body.AsSpan().SequenceEqual(hand.Body) ? "equal" : "differ")}");
                    }

                    for (int i = 0; i < Math.Min(sdk.Authlete.Count, hand.Authlete.Count); i++)
                    {
                        if (!JsonNode.DeepEquals(JsonNode.Parse(sdk.Authlete[i].Body), JsonNode.Parse(hand.Authlete[i].Body)))
                        {
                            problems.Add($"the requests to {sdk.Authlete[i].Path} differ:\n  SDK:          {Encoding.UTF8.GetString(sdk.Authlete[i].Body)}" +
                                         $"\n  hand-written: {Encoding.UTF8.GetString(hand.Authlete[i].Body)}");
                        }
                    }
                }

                for (int v = 0; v < Variants.Length; v++)
                {
                    List<(string Path, byte[] Body)> sent = answers[v].Authlete;
                    if (!sent.Select(s => s.Path).SequenceEqual(expectedPaths))
                    {
                        problems.Add($"the {Variants[v]} variant called {string.Join(", ", sent.Select(s => s.Path))}; expected {string.Join(", ", expectedPaths)}");
                    }
                }

                Console.WriteLine(problems.Count == 0
                    ? $"Checked {endpoint.Name}: every variant sends Authlete the same {string.Join(" + ", endpoint.Apis)} requests and answer {sdk.Status}, {sdk.Body.Length} bytes, the same headers."
                    : $"{endpoint.Name}: {string.Join("\n", problems)}");
                same &= problems.Count == 0;
            }
        }
        finally
        {
            authlete.Capture = false;
        }

        return same;
    }

    private static IEnumerable<string> Values(HttpResponseMessage response, string header)
        => response.Headers.TryGetValues(header, out IEnumerable<string>? values) || response.Content.Headers.TryGetValues(header, out values) ? values : [];

    /// <summary>Waits (up to 10 s) until the host started as many CIBA authentications per variant as its clients got answers for.</summary>
    private static async Task<bool> CheckStartsAsync(HttpClient http, Uri hostAddress, long[] answered)
    {
        long[] started = [];
        for (int attempt = 0; attempt < 100; attempt++)
        {
            string text = await http.GetStringAsync(new Uri(hostAddress, "/_starts")).ConfigureAwait(false);
            started = [.. text.Split(' ').Select(s => long.Parse(s, CultureInfo.InvariantCulture))];

            // The check requests before the rounds started one authentication per variant that no round counted.
            if (started.Length == answered.Length && started.Select((n, v) => n == answered[v] + 1).All(same => same))
            {
                Console.WriteLine($"CIBA: each answered request started one authentication in the background ({string.Join(", ", started.Select((n, v) => $"{Variants[v]} {n}"))}).");
                return true;
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        Console.WriteLine($"CIBA: authentications started {string.Join(", ", started)}; requests answered {string.Join(", ", answered.Select(n => n + 1))}.");
        return false;
    }
}
