using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Device;

/// <summary>What the device flow APIs tell their caller: the result message of each outcome and the members of the request they echo.</summary>
public sealed class DeviceAnswerTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    private Task<DeviceAuthorizationResponse> AuthorizeAsync(string parameters = "client_id=2001&scope=openid")
        => Fake.DeviceAuthorizationAsync(new DeviceAuthorizationRequest { Parameters = parameters });

    [Fact]
    public async Task Device_verification_says_whether_the_user_code_is_unknown_valid_or_expired()
    {
        DeviceAuthorizationResponse authorized = await AuthorizeAsync();

        DeviceVerificationResponse unknown = await Fake.DeviceVerificationAsync(new() { UserCode = "BCDF-GHJK" });
        DeviceVerificationResponse valid = await Fake.DeviceVerificationAsync(new() { UserCode = authorized.UserCode });
        _t.Time.Advance(TimeSpan.FromMinutes(10));
        DeviceVerificationResponse expired = await Fake.DeviceVerificationAsync(new() { UserCode = authorized.UserCode });

        authorized.ResultMessage.Should().Be("[A920001] A device code and a user code were issued.");
        unknown.Action.Should().Be(DeviceVerificationAction.NotExist);
        unknown.ResultMessage.Should().Be("[A921401] The user code does not exist.");
        valid.Action.Should().Be(DeviceVerificationAction.Valid);
        valid.ResultMessage.Should().Be("[A921001] The user code is valid.");
        expired.Action.Should().Be(DeviceVerificationAction.Expired, "the code expires at exactly its expiry instant");
        expired.ResultMessage.Should().Be("[A921402] The user code has expired.");
    }

    [Fact]
    public async Task Device_complete_says_whether_the_user_code_is_unknown_or_expired_and_what_it_recorded()
    {
        DeviceAuthorizationResponse first = await AuthorizeAsync();
        DeviceAuthorizationResponse second = await AuthorizeAsync();

        DeviceCompleteResponse unknown = await Fake.DeviceCompleteAsync(new() { UserCode = "BCDF-GHJK", Result = DeviceCompleteResult.Authorized, Subject = "carol" });
        DeviceCompleteResponse denied = await Fake.DeviceCompleteAsync(new() { UserCode = first.UserCode, Result = DeviceCompleteResult.AccessDenied, Subject = "carol" });
        DeviceCompleteResponse strange = await Fake.DeviceCompleteAsync(new() { UserCode = second.UserCode, Result = new DeviceCompleteResult("MAYBE"), Subject = "carol" });
        _t.Time.Advance(TimeSpan.FromMinutes(10));
        DeviceCompleteResponse expired = await Fake.DeviceCompleteAsync(new() { UserCode = second.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "carol" });

        unknown.ResultMessage.Should().Be("[A922401] The user code does not exist.");
        denied.Action.Should().Be(DeviceCompleteAction.Success);
        denied.ResultMessage.Should().Be("[A922001] The result ACCESS_DENIED was recorded.");
        strange.Action.Should().Be(DeviceCompleteAction.InvalidRequest);
        strange.ResultMessage.Should().Be("[A922101] The result 'MAYBE' is not AUTHORIZED, ACCESS_DENIED or TRANSACTION_FAILED.");
        expired.Action.Should().Be(DeviceCompleteAction.UserCodeExpired);
        expired.ResultMessage.Should().Be("[A922402] The user code has expired.");
    }

    [Fact]
    public async Task Acrs_and_resources_are_echoed_when_requested_and_null_when_not()
    {
        DeviceAuthorizationResponse asked = await AuthorizeAsync(
            "client_id=2001&scope=openid&acr_values=urn%3Aacr%3A1%20urn%3Aacr%3A2&resource=https%3A%2F%2Frs.example.com%2Fa&resource=https%3A%2F%2Frs.example.com%2Fb");
        asked.Action.Should().Be(DeviceAuthorizationAction.Ok, asked.ResultMessage);
        DeviceAuthorizationResponse plain = await AuthorizeAsync();
        DeviceVerificationResponse askedVerified = await Fake.DeviceVerificationAsync(new() { UserCode = asked.UserCode });
        DeviceVerificationResponse plainVerified = await Fake.DeviceVerificationAsync(new() { UserCode = plain.UserCode });

        asked.Acrs.Should().Equal("urn:acr:1", "urn:acr:2");
        asked.Resources.Should().Equal("https://rs.example.com/a", "https://rs.example.com/b");
        askedVerified.Acrs.Should().Equal("urn:acr:1", "urn:acr:2");
        askedVerified.Resources.Should().Equal("https://rs.example.com/a", "https://rs.example.com/b");
        plain.Acrs.Should().BeNull();
        plain.Resources.Should().BeNull();
        plainVerified.Acrs.Should().BeNull();
        plainVerified.Resources.Should().BeNull();
    }

    [Fact]
    public async Task Several_resource_parameters_are_allowed_though_other_parameters_must_not_repeat()
    {
        DeviceAuthorizationResponse response = await AuthorizeAsync(
            "client_id=2001&scope=openid&resource=https%3A%2F%2Frs.example.com%2Fa&resource=https%3A%2F%2Frs.example.com%2Fb");

        response.Action.Should().Be(DeviceAuthorizationAction.Ok, response.ResultMessage);
        response.Resources.Should().Equal("https://rs.example.com/a", "https://rs.example.com/b");
    }

    [Fact]
    public async Task A_client_without_the_device_flow_is_refused_by_name()
    {
        Fake.AddClient(new FakeClient { ClientId = 3001, ClientIdAlias = "kiosk", ClientAuthMethod = ClientAuthMethod.None, ClientName = "Kiosk", DeviceFlowEnabled = false });

        DeviceAuthorizationResponse refused = await AuthorizeAsync("client_id=kiosk");

        refused.Action.Should().Be(DeviceAuthorizationAction.BadRequest);
        refused.ResultMessage.Should().Be("[A920302] The client '3001' may not use the device flow.");
        refused.ReadError()!.Error.Should().Be("unauthorized_client");
        refused.ClientId.Should().Be(3001);
        refused.ClientIdAlias.Should().Be("kiosk");
        refused.ClientIdAliasUsed.Should().BeTrue();
    }

    [Fact]
    public async Task Repeated_parameters_are_a_bad_request_that_names_them()
    {
        DeviceAuthorizationResponse response = await AuthorizeAsync("client_id=2001&scope=openid&scope=profile");

        response.Action.Should().Be(DeviceAuthorizationAction.BadRequest);
        response.ResultMessage.Should().Be("[A920301] Request parameters must not be repeated: scope.");
        response.ReadError()!.Error.Should().Be("invalid_request");
    }

    [Fact]
    public async Task Mutual_tls_is_refused_loudly_naming_the_device_authorization_api()
    {
        var request = new DeviceAuthorizationRequest { Parameters = "client_id=2001", ClientCertificate = "-----BEGIN CERTIFICATE-----" };

        (await FluentActions.Awaiting(() => Fake.DeviceAuthorizationAsync(request)).Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().Contain("(clientCertificate in a device authorization request)");
    }

    [Fact]
    public async Task The_complete_verification_uri_appends_the_user_code_to_an_existing_query()
    {
        Fake.Settings.DeviceVerificationUri = new Uri("https://as.example.com/device?lang=en");

        DeviceAuthorizationResponse authorized = await AuthorizeAsync();

        authorized.VerificationUriComplete.Should().Be("https://as.example.com/device?lang=en&user_code=" + authorized.UserCode);
    }

    [Fact]
    public async Task Without_the_complete_verification_uri_setting_there_is_none()
    {
        Fake.Settings.DeviceVerificationUriCompleteEnabled = false;

        DeviceAuthorizationResponse authorized = await AuthorizeAsync();

        authorized.Action.Should().Be(DeviceAuthorizationAction.Ok);
        authorized.VerificationUriComplete.Should().BeNull();
        authorized.ReadContent()!.VerificationUriComplete.Should().BeNull();
    }
}
