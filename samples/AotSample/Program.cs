// Calls Authlete's /device/authorization API through the SDK as an application registers it (AddAuthleteClient,
// with its resilience pipeline) and prints the answer. Authlete is stood in for by an in-process handler, so the
// program runs anywhere, offline. Published with Native AOT: `dotnet publish -c Release samples/AotSample`.
using System.Diagnostics;
using System.Net;
using System.Text;
using Authlete.Sdk;
using Microsoft.Extensions.DependencyInjection;

long started = Stopwatch.GetTimestamp();

var services = new ServiceCollection();
services.AddAuthleteClient(options =>
    {
        options.ServiceId = "715948317";
        options.ServiceAccessToken = "pDpxMYbI4Dkk6kSusfRdPU1FKsJVjD3ajAigqjwWqWk";
    })
    .ConfigurePrimaryHttpMessageHandler(() => new FakeAuthlete());

await using ServiceProvider provider = services.BuildServiceProvider();
IAuthleteApi authlete = provider.GetRequiredService<IAuthleteApi>();

DeviceAuthorizationResponse response = await authlete.DeviceAuthorizationAsync(
    new DeviceAuthorizationRequest { Parameters = "client_id=26888344961664&scope=openid%20history.read" });

DeviceAuthorizationContent content = response.ReadContent()!;
Console.WriteLine($"action:           {response.Action}");
Console.WriteLine($"result:           {response.ResultCode} {response.ResultMessage}");
Console.WriteLine($"client:           {response.ClientName} ({response.ClientIdentifier})");
Console.WriteLine($"user_code:        {content.UserCode}");
Console.WriteLine($"verification_uri: {content.VerificationUri}");
Console.WriteLine($"scopes:           {string.Join(' ', response.Scopes?.Select(s => s.Name) ?? [])}");
Console.WriteLine($"as JSON:          {AuthleteJsonSerializer.Serialize(response).Length} characters");
Console.WriteLine($"elapsed in Main:  {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms");
return response.Action == DeviceAuthorizationAction.Ok ? 0 : 1;

/// <summary>Answers every request as Authlete's /device/authorization API would for a valid request.</summary>
internal sealed class FakeAuthlete : HttpMessageHandler
{
    private const string Answer = """
        {"resultCode":"A220001","resultMessage":"[A220001] The device authorization request was processed successfully.",
         "action":"OK","clientId":26888344961664,"clientIdAliasUsed":false,"clientName":"My Device Flow Client",
         "deviceCode":"p0qzXeRav8u6lJY9omjzR47KK58VwYN7j8xGUD7sq5I","expiresIn":600,"interval":5,
         "responseContent":"{\"user_code\":\"XWWK-PBWV\",\"device_code\":\"p0qzXeRav8u6lJY9omjzR47KK58VwYN7j8xGUD7sq5I\",\"verification_uri\":\"https://as.example.com/device\",\"verification_uri_complete\":\"https://as.example.com/device?user_code=XWWK-PBWV\",\"expires_in\":600,\"interval\":5}",
         "scopes":[{"defaultEntry":false,"name":"openid"},{"defaultEntry":false,"name":"history.read"}],
         "userCode":"XWWK-PBWV","verificationUri":"https://as.example.com/device",
         "verificationUriComplete":"https://as.example.com/device?user_code=XWWK-PBWV"}
        """;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Answer, Encoding.UTF8, "application/json") };
    }
}
