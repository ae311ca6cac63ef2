using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using Authlete.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;

namespace Authlete.Sdk.Tests.Reliability;

/// <summary>
/// A full run (all eight APIs succeeding and failing in every way, v2 and v3, and the notification sender) with every
/// log category captured at Trace level (by a capturing provider and by OpenTelemetry's in-memory log exporter, state
/// values, arrays and scopes included), every exception, every activity and every metric tag kept; then a scan for each
/// secret. A canary (a plain factory client with the default loggers, sending a secret header) proves the scan sees
/// secrets carried only in structured state.
/// </summary>
public sealed class SecretLeakTests
{
    private const string AccessTokenV3 = "svc-access-token-S3CRET-7d1f";
    private const string ApiSecretV2 = "api-secret-S3CRET-91ab";
    private const string ClientSecret = "client-secret-S3CRET-5c2e";
    private const string NotificationToken = "cnt-S3CRET-0a9b";
    private const string IssuedAccessToken = "at-S3CRET-44f1";
    private const string IssuedRefreshToken = "rt-S3CRET-88d2";
    private const string DeviceCode = "dc-S3CRET-3e7a";
    private const string Canary = "canary-S3CRET-in-state-only";

    private static readonly string[] Secrets =
    [
        AccessTokenV3, ApiSecretV2, ClientSecret, NotificationToken, IssuedAccessToken, IssuedRefreshToken, DeviceCode,
        Convert.ToBase64String(Encoding.UTF8.GetBytes("21653835348762:" + ApiSecretV2)),
    ];

    private static readonly string[] Modes = ["ok", "400", "401", "500", "502", "truncated-json", "wrong-shape", "empty", "drop", "slow", "cut-body"];

    private volatile string _mode = "ok";

    [Fact]
    public async Task No_secret_reaches_logs_exception_messages_or_traces()
    {
        var logs = new CapturingLoggerProvider();
        var activities = new List<Activity>();
        var failures = new List<Exception>();
        var notificationResults = new List<CibaNotificationResult>();
        var authorizations = new List<string>();
        var requestBodies = new List<string>();

        using var root = new Activity("secret-scan").Start();
        ActivityTraceId trace = root.TraceId;
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == trace)
                {
                    lock (activities)
                    {
                        activities.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var exported = new List<LogRecord>();
        var metricTags = new List<string>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) => l.EnableMeasurementEvents(instrument),
        };
        MeasurementCallback<double> onDouble = (instrument, _, tags, _) => RecordTags(metricTags, instrument, tags);
        MeasurementCallback<long> onLong = (instrument, _, tags, _) => RecordTags(metricTags, instrument, tags);
        MeasurementCallback<int> onInt = (instrument, _, tags, _) => RecordTags(metricTags, instrument, tags);
        meters.SetMeasurementEventCallback(onDouble);
        meters.SetMeasurementEventCallback(onLong);
        meters.SetMeasurementEventCallback(onInt);
        meters.Start();

        void Exporting(IServiceCollection services) => services.AddLogging(builder => builder.AddOpenTelemetry(o =>
        {
            o.IncludeFormattedMessage = true;
            o.IncludeScopes = true;
            o.ParseStateValues = true;
            o.AddInMemoryExporter(exported);
        }));

        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            lock (authorizations)
            {
                authorizations.Add(context.Request.Headers.Authorization.ToString());
                context.Request.Body.Position = 0;
            }

            requestBodies.Add(await new StreamReader(context.Request.Body).ReadToEndAsync());
            await AnswerAsync(context);
        }, bufferRequests: true);

        foreach (AuthleteApiVersion version in new[] { AuthleteApiVersion.V3, AuthleteApiVersion.V2 })
        {
            LoopbackClient Client(TimeSpan attemptTimeout) => LoopbackClient.Create(
                server.Address,
                o =>
                {
                    o.ApiVersion = version;
                    o.ServiceAccessToken = AccessTokenV3;
                    o.ServiceApiKey = "21653835348762";
                    o.ServiceApiSecret = ApiSecretV2;
                    o.Resilience.AttemptTimeout = attemptTimeout;
                    o.Resilience.MaxRetryAttempts = 1;
                },
                logs,
                services =>
                {
                    Exporting(services);
                    services.Configure<CibaNotificationSenderOptions>(o =>
                    {
                        o.AllowInsecureHttp = true;
                        o.AllowedNetworks.Add("127.0.0.0/8");   // the loopback test server
                        o.Timeout = TimeSpan.FromMilliseconds(500);
                    });
                });

            await using LoopbackClient client = Client(TimeSpan.FromSeconds(5));
            await using LoopbackClient impatient = Client(TimeSpan.FromMilliseconds(150));

            foreach (string mode in version == AuthleteApiVersion.V3 ? Modes : ["ok", "400", "truncated-json"])
            {
                _mode = mode;
                foreach (ApiCase api in ApiCase.All)
                {
                    try
                    {
                        IAuthleteApi target = mode == "slow" ? impatient.Api : client.Api;
                        AuthleteResponse response = await api.Call(target, RequestWithSecrets(api), CancellationToken.None);
                        if (response is BackchannelAuthenticationCompleteResponse complete)
                        {
                            foreach (string path in new[] { "/cb", "/error", "/redirect", "/slow" })
                            {
                                complete.ClientNotificationEndpoint = new Uri(server.Address, path).AbsoluteUri;
                                notificationResults.Add(await client.NotificationSender.SendAsync(complete));
                            }

                            complete.ClientNotificationEndpoint = new Uri(FaultServer.UnusedAddress(), "/cb").AbsoluteUri;
                            notificationResults.Add(await client.NotificationSender.SendAsync(complete));
                        }
                    }
                    catch (Exception ex)
                    {
                        failures.Add(ex);
                    }
                }
            }

            // The circuit breaker and refused connections, too.
            await using LoopbackClient nowhere = LoopbackClient.Create(FaultServer.UnusedAddress(), o => o.ServiceAccessToken = AccessTokenV3, logs, Exporting);
            failures.Add(await Assert.ThrowsAsync<AuthleteApiException>(() => nowhere.Api.TokenAsync(
                new TokenRequest { Parameters = "grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code=" + DeviceCode, ClientSecret = ClientSecret })));
        }

        // The canary: a plain factory client, default loggers, a secret only in a header.
        var canaryServices = new ServiceCollection();
        canaryServices.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        Exporting(canaryServices);
        canaryServices.AddHttpClient("canary");
        await using (ServiceProvider canaryProvider = canaryServices.BuildServiceProvider())
        {
            HttpClient canary = canaryProvider.GetRequiredService<IHttpClientFactory>().CreateClient("canary");
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, "/cb")) { Content = new StringContent("{}") };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Canary);
            (await canary.SendAsync(request)).Dispose();
        }

        // Snapshots: the loopback server keeps reporting metrics on its own threads.
        meters.Dispose();
        string[] metricSnapshot;
        lock (metricTags)
        {
            metricSnapshot = [.. metricTags];
        }

        string exportedText = string.Join("\n----\n", exported.ToArray().Select(DescribeRecord));
        string haystack = string.Join(
            "\n----\n",
            logs.Entries.Select(e => e.AllText())
                .Append(exportedText)
                .Concat(metricSnapshot)
                .Concat(failures.SelectMany(e => new[] { e.Message, e.ToString() }))
                .Concat(notificationResults.SelectMany(r => new[] { r.ToString(), r.Error ?? string.Empty, r.Exception?.ToString() ?? string.Empty }))
                .Concat(activities.Select(Describe)));

        // The scan is only meaningful if the run did what it claims.
        authorizations.Should().Contain("Bearer " + AccessTokenV3).And.Contain("Basic " + Secrets[^1]);
        requestBodies.Should().Contain(body => body.Contains(ClientSecret, StringComparison.Ordinal));
        logs.Entries.Select(e => e.EventId.Id).Should().Contain([1000, 1001, 1100]);
        logs.Entries.Should().Contain(e => e.AllText().Contains(Canary, StringComparison.Ordinal), "the scan must see a header carried only in log state");
        exportedText.Should().Contain(Canary, "the exported OpenTelemetry records must be scanned to their state values");
        exported.Should().Contain(r => r.CategoryName == typeof(AuthleteApi).FullName);
        metricSnapshot.Should().Contain(t => t.StartsWith(AuthleteDiagnostics.SourceName, StringComparison.Ordinal));
        failures.Should().Contain(e => e is AuthleteSerializationException).And.Contain(e => e is AuthleteTimeoutException);
        failures.OfType<AuthleteSerializationException>().Should().Contain(e => e.ResponseBody!.Contains(IssuedAccessToken, StringComparison.Ordinal),
            "the raw body is kept as evidence (and is therefore sensitive), but never copied into the message");
        notificationResults.Should().Contain(r => r.Succeeded).And.Contain(r => !r.Succeeded);
        activities.Should().Contain(a => a.Source.Name == AuthleteDiagnostics.SourceName);

        haystack = haystack.Replace(Canary, "canary", StringComparison.Ordinal);
        foreach (string secret in Secrets)
        {
            int at = haystack.IndexOf(secret, StringComparison.Ordinal);
            at.Should().Be(-1, $"the secret '{secret}' must not appear, but did: …{(at < 0 ? string.Empty : haystack.Substring(Math.Max(0, at - 300), Math.Min(600, haystack.Length - Math.Max(0, at - 300))))}…");
        }
    }

    private static void RecordTags(List<string> into, Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new StringBuilder(instrument.Meter.Name).Append(' ').Append(instrument.Name);
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            text.Append(' ').Append(tag.Key).Append('=').Append(SecretScan.Render(tag.Value));
        }

        lock (into)
        {
            into.Add(text.ToString());
        }
    }

    private static string DescribeRecord(LogRecord record)
    {
        var text = new StringBuilder();
        text.Append(record.CategoryName).Append(' ').Append(record.EventId).Append(' ').Append(record.FormattedMessage).Append(' ')
            .Append(record.Body).Append('\n').Append(SecretScan.Render(record.Attributes)).Append(record.Exception).Append('\n');
        record.ForEachScope((scope, builder) =>
        {
            foreach (KeyValuePair<string, object?> item in scope)
            {
                builder.Append(item.Key).Append('=').Append(SecretScan.Render(item.Value));
            }

            builder.Append(SecretScan.Render(scope.Scope));
        }, text);
        return text.ToString();
    }

    private static AuthleteRequest RequestWithSecrets(ApiCase api) => api.ValidRequest() switch
    {
        BackchannelAuthenticationRequest r => Set(r, x => x.ClientSecret = ClientSecret),
        DeviceAuthorizationRequest r => Set(r, x => x.ClientSecret = ClientSecret),
        TokenRequest r => Set(r, x =>
        {
            x.ClientSecret = ClientSecret;
            x.Parameters = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=" + DeviceCode + "&client_secret=" + ClientSecret;
        }),
        var other => other,
    };

    private static T Set<T>(T value, Action<T> set)
    {
        set(value);
        return value;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        string path = context.Request.Path.Value!;
        switch (path)
        {
            case "/cb":
                context.Response.StatusCode = 204;
                return;
            case "/error":
                await FaultServer.Respond(context, 500, "no", "text/plain");
                return;
            case "/redirect":
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = "/cb?token=" + NotificationToken;
                return;
            case "/slow":
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return;
        }

        string success = SuccessBody(path);
        switch (_mode)
        {
            case "ok":
                await FaultServer.Respond(context, 200, success);
                break;
            case "400":
                await FaultServer.Respond(context, 400, """{"resultCode":"A001201","resultMessage":"[A001201] TLS must be used."}""");
                break;
            case "401":
                await FaultServer.Respond(context, 401, """{"resultCode":"A001202","resultMessage":"[A001202] Authorization header is missing."}""");
                break;
            case "500":
                await FaultServer.Respond(context, 500, """{"resultCode":"A001101","resultMessage":"[A001101] Authlete Server error."}""");
                break;
            case "502":
                await FaultServer.Respond(context, 502, "<html>Bad Gateway</html>", "text/html");
                break;
            case "truncated-json":
                await FaultServer.Respond(context, 200, success[..(success.Length - 3)]);
                break;
            case "wrong-shape":
                await FaultServer.Respond(context, 200, success.Replace("\"action\":\"", "\"action\":[\"", StringComparison.Ordinal).Replace("\",\"resultCode", "\"],\"resultCode", StringComparison.Ordinal));
                break;
            case "empty":
                await FaultServer.Respond(context, 200, string.Empty);
                break;
            case "drop":
                context.Abort();
                break;
            case "slow":
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                break;
            case "cut-body":
                context.Response.ContentLength = success.Length + 100;
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(success));
                await context.Response.Body.FlushAsync();
                await Task.Delay(100);
                context.Abort();
                break;
        }
    }

    private static string SuccessBody(string path)
    {
        string tokens = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["access_token"] = IssuedAccessToken, ["refresh_token"] = IssuedRefreshToken, ["token_type"] = "Bearer", ["expires_in"] = 3600,
            ["device_code"] = DeviceCode, ["auth_req_id"] = "r1",
        });
        var body = new Dictionary<string, object>
        {
            ["action"] = path switch
            {
                _ when path.EndsWith("/backchannel/authentication", StringComparison.Ordinal) => "USER_IDENTIFICATION",
                _ when path.EndsWith("/issue", StringComparison.Ordinal) => "OK",
                _ when path.EndsWith("/fail", StringComparison.Ordinal) => "FORBIDDEN",
                _ when path.EndsWith("/backchannel/authentication/complete", StringComparison.Ordinal) => "NOTIFICATION",
                _ when path.EndsWith("/device/authorization", StringComparison.Ordinal) => "OK",
                _ when path.EndsWith("/device/verification", StringComparison.Ordinal) => "VALID",
                _ when path.EndsWith("/device/complete", StringComparison.Ordinal) => "SUCCESS",
                _ => "OK",
            },
            ["resultCode"] = "A000001",
            ["resultMessage"] = "[A000001] Done.",
            ["responseContent"] = tokens,
            ["clientNotificationToken"] = NotificationToken,
            ["clientNotificationEndpoint"] = "https://rp.example.com/cb",
            ["accessToken"] = IssuedAccessToken,
            ["refreshToken"] = IssuedRefreshToken,
            ["deviceCode"] = DeviceCode,
            ["ticket"] = "tk",
            ["deliveryMode"] = "PUSH",
        };
        return JsonSerializer.Serialize(body);
    }

    private static string Describe(Activity activity)
    {
        var text = new StringBuilder();
        text.Append(activity.Source.Name).Append(' ').Append(activity.OperationName).Append(' ').Append(activity.DisplayName)
            .Append(' ').Append(activity.StatusDescription).Append('\n');
        foreach (KeyValuePair<string, object?> tag in activity.TagObjects)
        {
            text.Append(tag.Key).Append('=').Append(tag.Value).Append('\n');
        }

        foreach (ActivityEvent e in activity.Events)
        {
            text.Append(e.Name).Append('\n');
            foreach (KeyValuePair<string, object?> tag in e.Tags)
            {
                text.Append(tag.Key).Append('=').Append(tag.Value).Append('\n');
            }
        }

        foreach (KeyValuePair<string, string?> item in activity.Baggage)
        {
            text.Append(item.Key).Append('=').Append(item.Value).Append('\n');
        }

        return text.ToString();
    }
}
