using System.Net;
using Authlete.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.Tests.Security;

/// <summary>
/// The Authlete client never follows a redirect: a redirected POST would carry the service credentials and the
/// client's secrets to another host, and a followed GET would return another host's JSON as Authlete's answer.
/// </summary>
public sealed class RedirectTests
{
    private const string ClientSecret = "client-secret-REDIRECT-7f";

    public static TheoryData<int> RedirectStatuses => new() { 301, 302, 303, 307, 308 };

    [Theory]
    [MemberData(nameof(RedirectStatuses))]
    public async Task Through_di_a_redirect_is_an_error_with_its_status_and_the_target_is_never_called(int status)
    {
        await using FaultServer target = await FaultServer.StartAsync(200, ForeignTokenAnswer);
        await using FaultServer authlete = await RedirectingServer(status, target.Address);
        await using LoopbackClient client = LoopbackClient.Create(authlete.Address);

        AuthleteApiException error = await Assert.ThrowsAsync<AuthleteApiException>(() => client.Api.TokenAsync(TokenRequest()));

        error.Status.Should().Be(status);
        error.Message.Should().Contain("redirect");
        target.Requests.Should().Be(0);
        authlete.Requests.Should().Be(1, "a redirect is not a failure that proves the call was not processed: no retry");
    }

    [Theory]
    [MemberData(nameof(RedirectStatuses))]
    public async Task Through_di_a_primary_handler_configured_by_the_host_still_follows_no_redirect(int status)
    {
        await using FaultServer target = await FaultServer.StartAsync(200, ForeignTokenAnswer);
        await using FaultServer authlete = await RedirectingServer(status, target.Address);
        await using LoopbackClient client = LoopbackClient.Create(
            authlete.Address,
            configureClient: builder => builder.ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = true }));

        AuthleteApiException error = await Assert.ThrowsAsync<AuthleteApiException>(() => client.Api.TokenAsync(TokenRequest()));

        error.Status.Should().Be(status);
        target.Requests.Should().Be(0);
    }

    [Fact]
    public async Task A_redirect_loop_to_the_same_path_is_one_request()
    {
        await using FaultServer authlete = await FaultServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = context.Request.Path.Value;
            return Task.CompletedTask;
        });
        await using LoopbackClient client = LoopbackClient.Create(authlete.Address);

        AuthleteApiException error = await Assert.ThrowsAsync<AuthleteApiException>(() => client.Api.TokenAsync(TokenRequest()));

        error.Status.Should().Be(307);
        authlete.Requests.Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(RedirectStatuses))]
    public async Task Over_an_own_http_client_with_the_sdk_handler_the_target_is_never_called(int status)
    {
        await using FaultServer target = await FaultServer.StartAsync(200, ForeignTokenAnswer);
        await using FaultServer authlete = await RedirectingServer(status, target.Address);
        using var http = new HttpClient(AuthleteApi.CreateHandler());
        var api = new AuthleteApi(http, Options(authlete.Address));

        AuthleteApiException error = await Assert.ThrowsAsync<AuthleteApiException>(() => api.TokenAsync(TokenRequest()));

        error.Status.Should().Be(status);
        target.Requests.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(RedirectStatuses))]
    public async Task Over_an_own_http_client_that_follows_redirects_no_secret_reaches_the_target_and_its_answer_is_refused(int status)
    {
        var seen = new List<string>();
        await using FaultServer target = await FaultServer.StartAsync(
            async (context, _) =>
            {
                context.Request.Body.Position = 0;
                string body = await new StreamReader(context.Request.Body).ReadToEndAsync();
                lock (seen)
                {
                    seen.Add(context.Request.Headers.Authorization + "|" + body);
                }

                await FaultServer.Respond(context, 200, ForeignTokenAnswer);
            },
            bufferRequests: true);
        await using FaultServer authlete = await RedirectingServer(status, target.Address);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true });
        var api = new AuthleteApi(http, Options(authlete.Address));

        AuthleteApiException error = await Assert.ThrowsAsync<AuthleteApiException>(() => api.TokenAsync(TokenRequest()));

        error.Message.Should().Contain("redirect");
        string.Concat(seen).Should().NotContain(ClientSecret).And.NotContain(FaultServer.AccessToken);
    }

    [Theory]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_host_handler_that_follows_a_redirect_copying_the_body_synchronously_is_refused_the_body(int status)
    {
        await using FaultServer target = await FaultServer.StartAsync(200, ForeignTokenAnswer);
        await using FaultServer authlete = await RedirectingServer(status, target.Address);
        await using LoopbackClient client = LoopbackClient.Create(
            authlete.Address,
            configureClient: builder => builder.AddHttpMessageHandler(() => new SynchronousRedirectFollower()));

        InvalidOperationException error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => client.Api.TokenAsync(TokenRequest()));

        error.Message.Should().Be("The request body of an Authlete call is never sent to a redirect target.");
        target.Requests.Should().Be(0);
    }

    /// <summary>A host's handler that follows a 307 or 308 itself, copying the body with the synchronous API.</summary>
    private sealed class SynchronousRedirectFollower : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect) || response.Headers.Location is not { } location)
            {
                return response;
            }

            response.Dispose();
            request.RequestUri = location;
            using var copy = new MemoryStream();
            request.Content!.CopyTo(copy, null, cancellationToken);
            var forwarded = new HttpRequestMessage(request.Method, location) { Content = new ByteArrayContent(copy.ToArray()) };
            return await base.SendAsync(forwarded, cancellationToken);
        }
    }

    private static async Task<FaultServer> RedirectingServer(int status, Uri target)
        => await FaultServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = new Uri(target, context.Request.Path.Value).AbsoluteUri;
            return Task.CompletedTask;
        });

    private static AuthleteOptions Options(Uri address) => new()
    {
        BaseAddress = address,
        AllowInsecureHttp = true,
        ServiceId = FaultServer.ServiceId,
        ServiceAccessToken = FaultServer.AccessToken,
    };

    private static TokenRequest TokenRequest() => new()
    {
        Parameters = "grant_type=client_credentials&client_secret=" + ClientSecret,
        ClientId = "c1",
        ClientSecret = ClientSecret,
    };

    private const string ForeignTokenAnswer = """{"action":"OK","responseContent":"{\"access_token\":\"foreign\"}","accessToken":"foreign"}""";
}
