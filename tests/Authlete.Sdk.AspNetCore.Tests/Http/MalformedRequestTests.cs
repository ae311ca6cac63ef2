using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Tests.Http;

/// <summary>
/// Every malformed request to the token, device authorization and backchannel authentication endpoints gets the OAuth
/// error the specifications give (400 invalid_request, or 413 for an oversized body), no-store, without calling Authlete
/// and without an Error log.
/// </summary>
public sealed class MalformedRequestTests
{
    private const string Secret = "s3cr3t-value";
    private const string Form = "application/x-www-form-urlencoded";

    private static readonly string[] s_paths = ["/token", "/device_authorization", "/backchannel/authentication"];

    public static TheoryData<string> Endpoints => new(s_paths);

    /// <param name="ExpectContinue">Sends <c>Expect: 100-continue</c>, as a client uploading a large body should: the server
    /// closes the connection after refusing a declared oversized body, so a client still uploading would miss the answer.</param>
    private sealed record Case(Func<HttpContent?> Content, int Status, string Description, bool ExpectContinue = false);

    private static readonly Dictionary<string, Case> s_cases = new()
    {
        ["no body, no Content-Type"] = new(
            () => null, 400,
            "The request has no body; the parameters must be sent in an application/x-www-form-urlencoded body."),
        ["form Content-Type, empty body"] = new(
            () => Raw("", Form), 400, "The request body has no parameters."),
        ["form Content-Type, only separators"] = new(
            () => Raw("&&", Form), 400, "The request body has no parameters."),
        ["multipart/form-data"] = new(
            () => new MultipartFormDataContent { { new StringContent("tv"), "client_id" }, { new StringContent(Secret), "client_secret" } }, 400,
            "multipart/form-data is not accepted; the request body must be application/x-www-form-urlencoded."),
        ["application/json"] = new(
            () => Raw("{\"client_id\":\"tv\"}", "application/json"), 400, "The request body must be application/x-www-form-urlencoded."),
        ["a body without Content-Type"] = new(
            () => Raw("client_id=tv", null), 400,
            "The request has no Content-Type; the body must be application/x-www-form-urlencoded."),
        ["a malformed Content-Type"] = new(
            () => Raw("client_id=tv", "x-www-form-urlencoded"), 400,
            "The Content-Type header is malformed; the body must be application/x-www-form-urlencoded."),
        ["charset=utf-7"] = new(
            () => Raw("client_id=tv", "application/x-www-form-urlencoded; charset=utf-7"), 400,
            "The request body must be UTF-8; the charset given in the Content-Type is not supported."),
        ["charset=iso-8859-1"] = new(
            () => Raw("client_id=tv", "application/x-www-form-urlencoded; charset=iso-8859-1"), 400,
            "The request body must be UTF-8; the charset given in the Content-Type is not supported."),
        ["an unknown charset"] = new(
            () => Raw("client_id=tv", "application/x-www-form-urlencoded; charset=x-no-such-charset"), 400,
            "The request body must be UTF-8; the charset given in the Content-Type is not supported."),
        ["a gzip body"] = new(
            Gzipped, 400, "The request body must not be compressed or otherwise content-encoded."),
        ["10,000 parameters"] = new(
            () => Raw(string.Join('&', Enumerable.Repeat("a=1", 10_000)), Form), 400,
            "The request has more than 100 parameters."),
        ["a 10 MB value"] = new(
            () => Raw("client_id=tv&client_secret=" + new string('a', 10 * 1024 * 1024), Form), 413,
            "The request body is larger than 65536 bytes.", ExpectContinue: true),
        ["a 70 KB chunked body"] = new(
            () => new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes("client_id=tv&x=" + new string('a', 70 * 1024))))
            {
                Headers = { ContentType = new MediaTypeHeaderValue(Form) },
            }, 413, "The request body is larger than 65536 bytes."),
        ["a 40 KB value"] = new(
            () => Raw("client_id=tv&client_assertion=" + new string('a', 40 * 1024), Form), 400,
            "The value of the parameter client_assertion is longer than 32768 characters."),
        ["a 300 character name"] = new(
            () => Raw(new string('n', 300) + "=1&client_id=tv", Form), 400, "A parameter name is longer than 256 characters."),
        ["a repeated parameter"] = new(
            () => Raw("client_id=tv&scope=openid&client_id=other", Form), 400, "The parameter client_id is included more than once."),
        ["a parameter without a name"] = new(
            () => Raw("client_id=tv&=" + Secret, Form), 400, "A request parameter has no name."),
        ["a malformed percent-encoding"] = new(
            () => Raw("client_id=tv&client_secret=100%25%zz" + Secret, Form), 400,
            "The request body is not valid application/x-www-form-urlencoded: a percent-encoding is malformed."),
        ["a truncated percent-encoding"] = new(
            () => Raw("client_id=tv&client_secret=" + Secret + "%4", Form), 400,
            "The request body is not valid application/x-www-form-urlencoded: a percent-encoding is malformed."),
        ["a value that is not UTF-8"] = new(
            () => Raw("client_id=tv&client_secret=%C3%28" + Secret, Form), 400, "A request parameter is not valid UTF-8."),
        ["raw bytes that are not UTF-8"] = new(
            () => new ByteArrayContent([.. "client_id=tv&x="u8, 0xFF, 0xFE]) { Headers = { ContentType = new MediaTypeHeaderValue(Form) } }, 400,
            "A request parameter is not valid UTF-8."),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string path in s_paths)
        {
            foreach (string name in s_cases.Keys)
            {
                data.Add(path, name);
            }
        }

        return data;
    }

    private static ByteArrayContent Raw(string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType).Should().BeTrue();
        }

        return content;
    }

    private static ByteArrayContent Gzipped()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.ASCII.GetBytes("client_id=tv&client_secret=" + Secret));
        }

        var content = new ByteArrayContent(buffer.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue(Form) } };
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }

    internal static Task<TestHost> StartAsync(FakeAuthlete authlete, Action<AuthleteAspNetCoreOptions>? options = null, Action<WebApplication>? map = null)
        => TestHost.StartAsync(authlete, s => s.AddSingleton<IBackchannelAuthenticationHandlerSpi>(new FakeUsers()), map, options);

    /// <summary>The answer is the OAuth error, Authlete was not called, nothing logged at Error and no value in any log.</summary>
    internal static async Task ShouldBeRejectedAsync(HttpResponseMessage response, TestHost host, int status, string description)
    {
        await response.ShouldBeAsync(status, $$"""{"error":"invalid_request","error_description":"{{description}}"}""");
        host.Calls.All.Should().BeEmpty();
        host.Logs.Entries.Should().NotContain(e => e.Level >= LogLevel.Error);
        host.LogsWithId(2009).Should().ContainSingle().Which.Level.Should().Be(LogLevel.Debug);
        host.Logs.Entries.Should().NotContain(e => e.Message.Contains(Secret));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_malformed_request_is_an_invalid_request(string path, string name)
    {
        Case @case = s_cases[name];
        await using TestHost host = await StartAsync(new FakeAuthlete());

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = @case.Content() };
        request.Headers.ExpectContinue = @case.ExpectContinue;
        using HttpResponseMessage response = await host.Client.SendAsync(request);

        await ShouldBeRejectedAsync(response, host, @case.Status, @case.Description);
    }

    /// <summary>Requests HttpClient will not send: the head after the request line, the status and the description.</summary>
    private static readonly Dictionary<string, (string Head, int Status, string Description)> s_rawCases = new()
    {
        ["a declared 10 MB body, refused unread"] = (
            $"Content-Type: {Form}\r\nContent-Length: 10485760\r\n\r\nclient_id=tv", 413, "The request body is larger than 65536 bytes."),
        ["a broken chunked encoding"] = (
            $"Content-Type: {Form}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nclient_id=tv\r\n0\r\n\r\n", 400,
            "The request body could not be read completely."),
        ["no Content-Length, no Transfer-Encoding"] = (
            "\r\n", 400, "The request has no body; the parameters must be sent in an application/x-www-form-urlencoded body."),
    };

    public static TheoryData<string, string> RawCases()
    {
        var data = new TheoryData<string, string>();
        foreach (string path in s_paths)
        {
            foreach (string name in s_rawCases.Keys)
            {
                data.Add(path, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RawCases))]
    public async Task A_malformed_request_at_the_http_level_is_an_invalid_request(string path, string name)
    {
        (string head, int status, string description) = s_rawCases[name];
        await using TestHost host = await StartAsync(new FakeAuthlete());

        RawHttp.Response response = await RawHttp.SendAsync(host.Address, $"POST {path} HTTP/1.1\r\nHost: localhost\r\n{head}");

        response.Status.Should().Be(status);
        response.Header("Content-Type").Should().Be("application/json");
        response.Header("Cache-Control").Should().Be("no-store");
        response.Body.Should().Be($$"""{"error":"invalid_request","error_description":"{{description}}"}""");
        host.Calls.All.Should().BeEmpty();
        host.Logs.Entries.Should().NotContain(e => e.Level >= LogLevel.Error);
        host.LogsWithId(2009).Should().ContainSingle().Which.Level.Should().Be(LogLevel.Debug);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_client_that_resets_the_connection_mid_body_leaves_no_error_log(string path)
    {
        await using TestHost host = await StartAsync(new FakeAuthlete());

        using TcpClient client = await RawHttp.SendHeadAsync(host.Address,
            $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {Form}\r\nContent-Length: 100\r\n\r\nclient_id=tv");
        await WaitForAsync(host, "RequestBodyStart"); // the endpoint is reading the body
        RawHttp.Reset(client);
        await WaitForAsync(host, "ConnectionStop");   // the server is done with the connection, and would have logged its error

        // The endpoint either answered (Debug, event 2009) or, the request being aborted, let the cancellation through.
        host.LogsWithId(2009).Should().NotContain(e => e.Level != LogLevel.Debug);
        host.Calls.All.Should().BeEmpty();
        host.Logs.Entries.Should().NotContain(e => e.Level >= LogLevel.Error);
    }

    private static async Task WaitForAsync(TestHost host, string eventName)
    {
        for (int i = 0; i < 100 && !host.Logs.Entries.Any(e => e.EventId.Name == eventName); i++)
        {
            await Task.Delay(100);
        }

        host.Logs.Entries.Should().Contain(e => e.EventId.Name == eventName);
    }
}
