using Authlete.Sdk.Testing.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Authlete.Sdk.Testing.Tests.Http;

public sealed class ServerTests
{
    [Fact]
    public async Task A_full_ciba_poll_flow_over_kestrel()
    {
        var time = new FakeTimeProvider();
        using var fake = new FakeAuthlete(new FakeServiceSettings(), time);
        fake.AddClient(new FakeClient { ClientId = 1001, ClientSecret = "s3cret", DeliveryMode = DeliveryMode.Poll });
        await using FakeAuthleteServer server = await FakeAuthleteServer.StartAsync(fake);
        server.BaseAddress.Host.Should().Be("127.0.0.1");
        server.BaseAddress.Scheme.Should().Be("http");

        using var http = new HttpClient();
        var api = new AuthleteApi(http, server.CreateOptions());

        BackchannelAuthenticationResponse started = await api.BackchannelAuthenticationAsync(
            TestAuthlete.Backchannel(1001, ("scope", "openid"), ("login_hint", "alice")));
        started.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification);
        BackchannelAuthenticationIssueResponse issued = await api.BackchannelAuthenticationIssueAsync(new() { Ticket = started.Ticket });
        (await api.TokenAsync(TestAuthlete.CibaToken(issued.AuthReqId!))).ReadError()!.Error.Should().Be("authorization_pending");
        (await api.BackchannelAuthenticationCompleteAsync(new() { Ticket = started.Ticket, Result = BackchannelAuthenticationCompleteResult.Authorized, Subject = "alice" }))
            .Action.Should().Be(BackchannelAuthenticationCompleteAction.NoAction);
        time.Advance(TimeSpan.FromSeconds(5));
        TokenResponse ok = await api.TokenAsync(TestAuthlete.CibaToken(issued.AuthReqId!));
        ok.Action.Should().Be(TokenAction.Ok);
        Jwt.Verify(ok.IdToken!, fake.SigningKey.PublicJwk).Should().BeTrue();

        var v2 = new AuthleteApi(http, server.CreateOptions(AuthleteApiVersion.V2));
        (await v2.TokenAsync(TestAuthlete.CibaToken(issued.AuthReqId!))).ReadError()!.Error.Should().Be("invalid_grant");

        using HttpResponseMessage anonymous = await http.PostAsync(new Uri(server.BaseAddress, "api/715948317/auth/token"), new StringContent("{}"));
        ((int)anonymous.StatusCode).Should().Be(401);
        (await anonymous.Content.ReadAsStringAsync()).Should().Contain("A001202");
    }
}
