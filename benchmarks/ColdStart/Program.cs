// One Authlete call from a cold process, timed from outside by the cold-start driver
// (`dotnet run -c Release --project benchmarks/Authlete.Sdk.Benchmarks -- coldstart`, docs/performance.md).
// Usage: ColdStart sdk|sdk-di|raw|host-sdk|host-raw <authleteBaseUrl>
// Exit code 0 when the call returned the expected answer, 1 when it failed, 2 on bad arguments. Prints only failures.
using Authlete.Sdk;
using Authlete.Sdk.Benchmarks;
using Authlete.Sdk.ColdStart;

if (args.Length != 2 || !Uri.TryCreate(args[1], UriKind.Absolute, out Uri? baseAddress))
{
    Console.Error.WriteLine("usage: ColdStart sdk|sdk-di|raw|host-sdk|host-raw <authleteBaseUrl>");
    return 2;
}

Func<Uri, Task<string?>>? call = args[0] switch
{
    "sdk" => ColdStartCalls.SdkAsync,
    "sdk-di" => ColdStartCalls.SdkDiAsync,
    "raw" => ColdStartCalls.RawAsync,
    "host-sdk" => ColdStartHosts.SdkAsync,
    "host-raw" => ColdStartHosts.RawAsync,
    _ => null,
};
if (call is null)
{
    Console.Error.WriteLine($"unknown mode '{args[0]}'; usage: ColdStart sdk|sdk-di|raw|host-sdk|host-raw <authleteBaseUrl>");
    return 2;
}

try
{
    string? action = await call(baseAddress);
    if (action == ColdStartService.ExpectedAction)
    {
        return 0;
    }

    Console.Error.WriteLine($"unexpected action '{action}'");
    return 1;
}
catch (Exception ex) when (ex is HttpRequestException or AuthleteApiException or AuthleteSerializationException
                               or AuthleteTimeoutException or TaskCanceledException or System.Text.Json.JsonException)
{
    // Type and message only: neither carries the service access token.
    Console.Error.WriteLine($"{ex.GetType().Name}: {ex.Message}");
    return 1;
}
