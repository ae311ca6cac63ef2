namespace Authlete.Sdk.AspNetCore.Tests.Support;

public static class Answer
{
    /// <summary>Asserts the answer Authlete prescribes: status, JSON, no-store, no-cache, the exact body.</summary>
    public static async Task ShouldBeAsync(this HttpResponseMessage response, int status, string body)
    {
        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Headers.Pragma.ToString().Should().Be("no-cache");
        (await response.Content.ReadAsStringAsync()).Should().Be(body);
    }

    public static string? Header(this HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
