using System.Globalization;
using Authlete.Sdk.Testing.Ciba;
using Authlete.Sdk.Testing.Device;
using Authlete.Sdk.Testing.Http;

namespace Authlete.Sdk.Testing;

/// <summary>
/// An in-memory test double of Authlete's CIBA, device flow, token, introspection, userinfo and revocation APIs
/// (<c>/backchannel/authentication</c>, <c>/issue</c>, <c>/fail</c>, <c>/complete</c>, <c>/device/authorization</c>,
/// <c>/device/verification</c>, <c>/device/complete</c>, <c>/auth/token</c>, <c>/issue</c>, <c>/fail</c>,
/// <c>/auth/introspection</c>, <c>/standard</c>, <c>/auth/userinfo</c>, <c>/issue</c>, <c>/auth/revocation</c>) that follows their documented behaviour,
/// for tests of an authorization server built on Authlete.Sdk. Not for production.
/// </summary>
/// <remarks>
/// <para>Register clients with <see cref="AddClient"/>, then reach the fake in one of three ways:</para>
/// <list type="bullet">
/// <item><description>as an <see cref="HttpMessageHandler"/> (<see cref="CreateHandler"/>) under the real
/// <see cref="AuthleteApi"/>, for example <c>services.AddAuthleteClient(fake.ConfigureClientOptions).ConfigurePrimaryHttpMessageHandler(fake.CreateHandler)</c>;</description></item>
/// <item><description>as a Kestrel server on 127.0.0.1 (<see cref="FakeAuthleteServer.StartAsync"/>);</description></item>
/// <item><description>directly, as an <see cref="IAuthleteApi"/> (no HTTP, no JSON).</description></item>
/// </list>
/// <para>
/// Time (expiry, polling intervals, token timestamps) comes from the <see cref="System.TimeProvider"/> given to the
/// constructor, so a test can move it with a <c>FakeTimeProvider</c>. ID tokens are ES256 JWTs signed with
/// <see cref="SigningKey"/>. Whatever the fake does not implement is refused loudly with
/// <see cref="FakeAuthleteNotSupportedException"/> (HTTP 501 over HTTP), never answered wrongly. Thread-safe.
/// </para>
/// <para>
/// A test steers it with <see cref="EnqueueResponse{TRequest, TResponse}"/> and <see cref="EnqueueFailure"/> (the next
/// answer of an API, such as a <c>SERVER_ERROR</c> action or an HTTP 503), and reads what it holds with
/// <see cref="PendingCibaRequests"/> (to act as the user's authentication device) and <see cref="Notifications"/>
/// (what the host was asked to deliver to ping and push clients).
/// </para>
/// </remarks>
public sealed partial class FakeAuthlete : IAuthleteApi, IDisposable
{
    /// <summary>The base address that <see cref="CreateOptions"/> gives by default; the handler answers on any host.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://authlete.fake.test");

    private readonly object _gate = new();
    private readonly Dictionary<long, FakeClient> _clients = [];
    private readonly Dictionary<string, CibaTransaction> _cibaByTicket = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CibaTransaction> _cibaByAuthReqId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeviceTransaction> _deviceByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeviceTransaction> _deviceByUserCode = new(StringComparer.Ordinal);

    /// <summary>Creates a fake with the default <see cref="FakeServiceSettings"/> and the system clock.</summary>
    public FakeAuthlete()
        : this(new FakeServiceSettings())
    {
    }

    /// <summary>Creates a fake with the given settings and clock.</summary>
    /// <param name="settings">The service settings; kept by reference, so later changes apply to later requests.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    public FakeAuthlete(FakeServiceSettings settings, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        TimeProvider = timeProvider ?? TimeProvider.System;
        SigningKey = new FakeSigningKey();
    }

    /// <summary>The service settings.</summary>
    public FakeServiceSettings Settings { get; }

    /// <summary>The clock of expiry and polling checks.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The key that signs ID tokens; its public half is <see cref="FakeSigningKey.PublicJwk"/>.</summary>
    public FakeSigningKey SigningKey { get; }

    /// <summary>The registered clients.</summary>
    public IReadOnlyCollection<FakeClient> Clients
    {
        get
        {
            lock (_gate)
            {
                return _clients.Values.ToList();
            }
        }
    }

    /// <summary>Registers a client.</summary>
    /// <param name="client">The client.</param>
    /// <returns>The same client.</returns>
    /// <exception cref="ArgumentException">The client ID is not positive, or the ID or alias is already registered, or a
    /// secret-based client has no secret, or a ping or push client has no notification endpoint.</exception>
    /// <exception cref="FakeAuthleteNotSupportedException">The client authentication method is not one the fake implements.</exception>
    public FakeClient AddClient(FakeClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.ClientId <= 0)
        {
            throw new ArgumentException("FakeClient.ClientId must be a positive number.", nameof(client));
        }

        ClientAuthMethod method = client.ClientAuthMethod;
        if (method != ClientAuthMethod.ClientSecretBasic && method != ClientAuthMethod.ClientSecretPost && method != ClientAuthMethod.None)
        {
            throw FakeAuthleteNotSupportedException.For("the client authentication method " + method.Value + " (only CLIENT_SECRET_BASIC, CLIENT_SECRET_POST and NONE)");
        }

        if (method != ClientAuthMethod.None && string.IsNullOrEmpty(client.ClientSecret))
        {
            throw new ArgumentException($"FakeClient {client.ClientId} uses {method.Value} and needs a ClientSecret.", nameof(client));
        }

        if (client.DeliveryMode is { } mode)
        {
            if (mode != DeliveryMode.Poll && mode != DeliveryMode.Ping && mode != DeliveryMode.Push)
            {
                throw FakeAuthleteNotSupportedException.For("the CIBA delivery mode " + mode.Value);
            }

            if (mode != DeliveryMode.Poll && client.ClientNotificationEndpoint is null)
            {
                throw new ArgumentException($"FakeClient {client.ClientId} uses {mode.Value} and needs a ClientNotificationEndpoint.", nameof(client));
            }
        }

        lock (_gate)
        {
            if (_clients.ContainsKey(client.ClientId)
                || (client.ClientIdAlias is not null && _clients.Values.Any(c => c.ClientIdAlias == client.ClientIdAlias)))
            {
                throw new ArgumentException($"A client with the ID {client.ClientId} or the alias '{client.ClientIdAlias}' is already registered.", nameof(client));
            }

            _clients.Add(client.ClientId, client);
        }

        return client;
    }

    /// <summary>
    /// Creates an <see cref="HttpMessageHandler"/> that answers Authlete API calls from this fake, without a network.
    /// It serves Authlete 2.x paths (<c>/api/...</c>, HTTP Basic with <see cref="FakeServiceSettings.ServiceApiKey"/> and
    /// <see cref="FakeServiceSettings.ServiceApiSecret"/>) and 3.x paths (<c>/api/{serviceId}/...</c>, Bearer
    /// <see cref="FakeServiceSettings.ServiceAccessToken"/>) on any host. Each handler shares this fake's state.
    /// </summary>
    /// <returns>A new handler; the <see cref="HttpClient"/> (or the HTTP client factory) that uses it disposes it.</returns>
    public HttpMessageHandler CreateHandler() => new FakeAuthleteHandler(this);

    /// <summary>Creates <see cref="AuthleteOptions"/> that call this fake with its credentials.</summary>
    /// <param name="version">The Authlete API version to speak (paths and credentials).</param>
    /// <param name="baseAddress">Where the fake is; <see cref="DefaultBaseAddress"/> when null. An http address is allowed.</param>
    /// <returns>New options.</returns>
    public AuthleteOptions CreateOptions(AuthleteApiVersion version = AuthleteApiVersion.V3, Uri? baseAddress = null)
    {
        var options = new AuthleteOptions();
        ConfigureClientOptions(options, version, baseAddress);
        return options;
    }

    /// <summary>
    /// Sets <paramref name="options"/> to call this fake over Authlete 3.x at <see cref="DefaultBaseAddress"/>, for
    /// <c>services.AddAuthleteClient(fake.ConfigureClientOptions)</c>.
    /// </summary>
    /// <param name="options">The options to set.</param>
    public void ConfigureClientOptions(AuthleteOptions options) => ConfigureClientOptions(options, AuthleteApiVersion.V3, null);

    /// <summary>Sets <paramref name="options"/> to call this fake.</summary>
    /// <param name="options">The options to set.</param>
    /// <param name="version">The Authlete API version to speak (paths and credentials).</param>
    /// <param name="baseAddress">Where the fake is; <see cref="DefaultBaseAddress"/> when null. An http address is allowed.</param>
    public void ConfigureClientOptions(AuthleteOptions options, AuthleteApiVersion version, Uri? baseAddress)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ApiVersion = version;
        options.BaseAddress = baseAddress ?? DefaultBaseAddress;
        options.AllowInsecureHttp = options.BaseAddress.Scheme == Uri.UriSchemeHttp;
        if (version == AuthleteApiVersion.V2)
        {
            options.ServiceApiKey = Settings.ServiceApiKey;
            options.ServiceApiSecret = Settings.ServiceApiSecret;
        }
        else
        {
            options.ServiceId = Settings.ServiceId;
            options.ServiceAccessToken = Settings.ServiceAccessToken;
        }
    }

    /// <inheritdoc />
    public void Dispose() => SigningKey.Dispose();

    /// <summary>Finds a client by the identifier it used: the numeric ID or the alias.</summary>
    private FakeClient? FindClient(string identifier, out bool aliasUsed)
    {
        aliasUsed = false;
        lock (_gate)
        {
            if (long.TryParse(identifier, NumberStyles.None, CultureInfo.InvariantCulture, out long id)
                && _clients.TryGetValue(id, out FakeClient? byId))
            {
                return byId;
            }

            aliasUsed = true;
            return _clients.Values.FirstOrDefault(c => c.ClientIdAlias == identifier);
        }
    }

    private DateTimeOffset Now => TimeProvider.GetUtcNow();
}
