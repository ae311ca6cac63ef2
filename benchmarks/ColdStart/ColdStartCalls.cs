using Authlete.Sdk.Benchmarks;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.ColdStart;

/// <summary>The call without a web host, three ways; each returns the answer's <c>action</c>.</summary>
internal static class ColdStartCalls
{
    /// <summary><c>new AuthleteApi(httpClient, options)</c>.</summary>
    public static async Task<string?> SdkAsync(Uri baseAddress)
    {
        using var httpClient = new HttpClient();
        var authlete = new AuthleteApi(httpClient, Options(baseAddress));
        return await CallAsync(authlete);
    }

    /// <summary>The README's path: <c>AddAuthleteClient</c> on a <see cref="ServiceCollection"/>, <see cref="IAuthleteApi"/> resolved from it.</summary>
    public static async Task<string?> SdkDiAsync(Uri baseAddress)
    {
        var services = new ServiceCollection();
        services.AddAuthleteClient(options => Configure(options, baseAddress));
        await using ServiceProvider provider = services.BuildServiceProvider();
        return await CallAsync(provider.GetRequiredService<IAuthleteApi>());
    }

    /// <summary>The hand-written call of the benchmarks: <see cref="HttpClient"/> and System.Text.Json source generation.</summary>
    public static async Task<string?> RawAsync(Uri baseAddress)
    {
        using var httpClient = new HttpClient();
        return await RawCallAsync(httpClient, baseAddress);
    }

    /// <summary>The SDK call through <paramref name="authlete"/>.</summary>
    public static async Task<string?> CallAsync(IAuthleteApi authlete)
    {
        BackchannelAuthenticationCompleteResponse response = await authlete.BackchannelAuthenticationCompleteAsync(CompleteRequest.Sdk());
        return response.AccessToken is { Length: > 0 } ? response.Action.ToString() : null;
    }

    /// <summary>The raw call over <paramref name="httpClient"/>.</summary>
    public static async Task<string?> RawCallAsync(HttpClient httpClient, Uri baseAddress)
    {
        Benchmarks.Pocos.BackchannelAuthenticationCompleteResponse response = await RawAuthleteCall.CompleteAsync(
            httpClient, new Uri(baseAddress, ColdStartService.Path), CompleteRequest.Poco(), ColdStartService.ServiceAccessToken);
        return response.AccessToken is { Length: > 0 } ? response.Action : null;
    }

    /// <summary>Points the options at the stand-in (plain http on 127.0.0.1).</summary>
    public static void Configure(AuthleteOptions options, Uri baseAddress)
    {
        options.BaseAddress = baseAddress;
        options.AllowInsecureHttp = true;
        options.ServiceId = ColdStartService.ServiceId;
        options.ServiceAccessToken = ColdStartService.ServiceAccessToken;
    }

    private static AuthleteOptions Options(Uri baseAddress)
    {
        var options = new AuthleteOptions();
        Configure(options, baseAddress);
        return options;
    }
}
