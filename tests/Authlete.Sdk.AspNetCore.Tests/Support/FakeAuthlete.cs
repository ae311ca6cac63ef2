using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.AspNetCore.Tests.Support;

/// <summary>Authlete (v3, service 1234) over RichardSzalay.MockHttp: answers per API, records every call.</summary>
public sealed class FakeAuthlete
{
    public const string ServiceId = "1234";
    public const string Prefix = "/api/" + ServiceId + "/";
    private readonly ConcurrentDictionary<string, Func<JsonObject, (HttpStatusCode, string)>> _answers = new();
    private readonly ConcurrentQueue<(string Api, JsonObject Body)> _calls = new();

    public FakeAuthlete()
    {
        Handler.Fallback.Respond(async request =>
        {
            string api = request.RequestUri!.AbsolutePath[Prefix.Length..];
            JsonObject body = JsonNode.Parse(await request.Content!.ReadAsStringAsync())!.AsObject();
            _calls.Enqueue((api, body));
            if (!_answers.TryGetValue(api, out var answer))
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("""{"resultCode":"A000404","resultMessage":"no fake"}""", Encoding.UTF8, "application/json") };
            }

            (HttpStatusCode status, string json) = answer(body);
            return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        });
    }

    public MockHttpMessageHandler Handler { get; } = new();

    public FakeAuthlete On(string api, string json) => On(api, _ => json);

    public FakeAuthlete On(string api, Func<JsonObject, string> answer)
    {
        _answers[api] = body => (HttpStatusCode.OK, answer(body));
        return this;
    }

    /// <summary>Authlete rejects the call itself (an HTTP error, not an action): the SDK throws AuthleteApiException.</summary>
    public FakeAuthlete Rejects(string api, HttpStatusCode status = HttpStatusCode.Forbidden)
    {
        _answers[api] = _ => (status, """{"resultCode":"A001215","resultMessage":"locked"}""");
        return this;
    }

    public IReadOnlyList<(string Api, JsonObject Body)> Calls => _calls.ToArray();

    public JsonObject Call(string api) => Calls.Single(c => c.Api == api).Body;

    public IEnumerable<string> Apis => Calls.Select(c => c.Api);

    public static string Json(string action, string? responseContent = null, string extra = "")
    {
        var node = new JsonObject { ["resultCode"] = "A000001", ["resultMessage"] = "fake", ["action"] = action };
        if (responseContent is not null)
        {
            node["responseContent"] = responseContent;
        }

        string json = node.ToJsonString();
        return extra.Length == 0 ? json : json[..^1] + "," + extra + "}";
    }
}
