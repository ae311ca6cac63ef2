using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Tests.Http;

/// <summary>
/// What the server's body stream throws: the client's faults become invalid_request, cancellation and server faults
/// are not swallowed. (Driven through <see cref="TokenHandler.HandleAsync"/>, which hosts may call from their own endpoint.)
/// </summary>
public sealed class BodyReadFailureTests : IDisposable
{
    private sealed class ThrowingBody(Exception exception) : MemoryStream
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw exception;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw exception;
    }

    private readonly LogCollector _logs = new();
    private readonly FakeAuthlete _authlete = new();
    private readonly AuthleteCalls _calls = new();

    public void Dispose()
    {
        _logs.Dispose();
        _authlete.Dispose();
    }

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));
        TestHost.AddAuthlete(services, _authlete, _calls);
        services.AddAuthleteAspNetCore();
        return services.BuildServiceProvider();
    }

    private static DefaultHttpContext Context(Exception thrown, CancellationToken aborted = default)
    {
        var context = new DefaultHttpContext { RequestAborted = aborted };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Body = new ThrowingBody(thrown);
        return context;
    }

    [Theory]
    [InlineData(400, "The request body could not be read completely.")]
    [InlineData(413, "The request body is larger than 65536 bytes.")]
    public async Task A_bad_request_from_the_server_is_an_invalid_request_with_its_status(int status, string description)
    {
        await using ServiceProvider services = Services();
        TokenHandler handler = services.GetRequiredService<TokenHandler>();

        IResult result = await handler.HandleAsync(Context(new BadHttpRequestException("bad", status)));

        var answer = result.Should().BeOfType<AuthleteResult>().Subject;
        answer.StatusCode.Should().Be(status);
        answer.Content.Should().Be($$"""{"error":"invalid_request","error_description":"{{description}}"}""");
        _calls.All.Should().BeEmpty();
        _logs.Entries.Should().NotContain(e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_connection_reset_while_reading_is_an_invalid_request()
    {
        await using ServiceProvider services = Services();
        TokenHandler handler = services.GetRequiredService<TokenHandler>();

        IResult result = await handler.HandleAsync(Context(new IOException("The client reset the request stream.")));

        result.Should().BeOfType<AuthleteResult>().Which.StatusCode.Should().Be(400);
        _calls.All.Should().BeEmpty();
        _logs.Entries.Should().NotContain(e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task The_client_going_away_is_not_swallowed()
    {
        await using ServiceProvider services = Services();
        TokenHandler handler = services.GetRequiredService<TokenHandler>();
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();

        Func<Task> act = () => handler.HandleAsync(Context(new OperationCanceledException(aborted.Token), aborted.Token), aborted.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        _calls.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_server_fault_while_reading_is_not_turned_into_a_client_error()
    {
        await using ServiceProvider services = Services();
        TokenHandler handler = services.GetRequiredService<TokenHandler>();

        Func<Task> act = () => handler.HandleAsync(Context(new InvalidOperationException("server fault")));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("server fault");
    }
}
