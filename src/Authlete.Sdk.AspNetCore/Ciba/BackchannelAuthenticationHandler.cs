using Authlete.Sdk.AspNetCore.Background;
using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The CIBA backchannel authentication endpoint (CIBA Core §7): forwards the client's request to
/// <c>/backchannel/authentication</c>, has the host identify the user (<see cref="IBackchannelAuthenticationHandlerSpi"/>), checks the user code
/// and binding message, calls <c>/backchannel/authentication/issue</c> or <c>/fail</c>, answers the client, and then starts
/// the user's authentication on their device in the background.
/// </summary>
/// <remarks>Map it with <see cref="Microsoft.AspNetCore.Builder.AuthleteEndpointRouteBuilderExtensions.MapAuthleteCiba"/>, or call <see cref="HandleAsync"/> from your own endpoint.</remarks>
public sealed class BackchannelAuthenticationHandler
{
    private const string Endpoint = "backchannel authentication";
    private readonly IAuthleteApi _api;

    /// <summary>The key of the keyed Authlete client this handler calls, or null for the default client.</summary>
    internal string? ServiceKey { get; init; }
    private readonly IBackchannelAuthenticationHandlerSpi _spi;
    private readonly IServiceScopeFactory _scopes;
    private readonly AuthleteAspNetCoreOptions _options;
    private readonly ILogger _logger;
    private readonly CancellationToken _stopping;

    /// <summary>Creates the handler.</summary>
    /// <param name="api">The Authlete client.</param>
    /// <param name="spi">The host's implementation of the service provider interface.</param>
    /// <param name="scopes">Creates the service scope the background authentication runs in.</param>
    /// <param name="options">The settings.</param>
    /// <param name="logger">Where failures are logged.</param>
    /// <param name="lifetime">
    /// Cancels the background work when the application stops, for a handler whose service provider lacks the tracker
    /// <c>AddAuthleteAspNetCore</c> registers (with it, a graceful stop waits for the work instead); optional.
    /// </param>
    public BackchannelAuthenticationHandler(
        IAuthleteApi api,
        IBackchannelAuthenticationHandlerSpi spi,
        IServiceScopeFactory scopes,
        IOptions<AuthleteAspNetCoreOptions> options,
        ILogger<BackchannelAuthenticationHandler> logger,
        IHostApplicationLifetime? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(spi);
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _api = api;
        _spi = spi;
        _scopes = scopes;
        _options = options.Value;
        _logger = logger;
        _stopping = lifetime?.ApplicationStopping ?? CancellationToken.None;
    }

    /// <summary>Handles one backchannel authentication request.</summary>
    /// <param name="context">The request's context (form body, <c>Authorization</c> header, client certificate).</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <returns>The answer for the client; never throws for a failure on Authlete's or the host's side (500 <c>server_error</c>).</returns>
    public async Task<AuthleteResult> HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = new BackchannelAuthenticationRequest();
        if (await ClientRequestReader.FillAsync(context, request, _options, _logger, Endpoint, cancellationToken).ConfigureAwait(false) is { } malformed)
        {
            return malformed;
        }

        string? authorization = ClientRequestReader.Authorization(context);
        BackchannelAuthenticationResponse response;
        try
        {
            response = await _api.BackchannelAuthenticationAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.AuthleteCallFailed(_logger, Endpoint, ex);
            return AuthleteResult.ServerError("The authorization server could not process the request.");
        }

        if (response.TryToResult(authorization, out AuthleteResult? answer))
        {
            return answer;
        }

        if (response.Action != BackchannelAuthenticationAction.UserIdentification)
        {
            AspNetCoreLog.UnknownAction(_logger, "/backchannel/authentication", response.Action.Value);
            return AuthleteResult.ServerError("The authorization server could not process the request.");
        }

        return await IdentifyAndIssueAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AuthleteResult> IdentifyAndIssueAsync(BackchannelAuthenticationResponse response, CancellationToken cancellationToken)
    {
        CibaUser? user = null;
        BackchannelAuthenticationFailReason? reason;
        string? description = null;
        try
        {
            CibaUserIdentification identification = await ClientRequestReader.CallAsync(
                ct => _spi.IdentifyUserAsync(response, ct), _options.CallbackTimeout, cancellationToken).ConfigureAwait(false)
                ?? CibaUserIdentification.UnknownUser;
            user = identification.User;
            description = identification.ErrorDescription;
            reason = user is null
                ? identification.FailReason ?? BackchannelAuthenticationFailReason.UnknownUserId
                : await CheckAsync(user, response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.CallbackFailed(_logger, nameof(IBackchannelAuthenticationHandlerSpi), Endpoint, ex);
            reason = BackchannelAuthenticationFailReason.ServerError;
            description = null;
        }

        if (reason is { } failReason)
        {
            AspNetCoreLog.CibaRejected(_logger, response.ClientIdentifier, failReason.Value);
            return await FailAsync(response.Ticket, failReason, description, cancellationToken).ConfigureAwait(false);
        }

        BackchannelAuthenticationIssueResponse issue;
        try
        {
            issue = await _api.BackchannelAuthenticationIssueAsync(new() { Ticket = response.Ticket }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.AuthleteCallFailed(_logger, Endpoint, ex);
            return AuthleteResult.ServerError("The authorization server could not issue the auth_req_id.");
        }

        if (!issue.TryToResult(out AuthleteResult? answer))
        {
            AspNetCoreLog.UnknownAction(_logger, "/backchannel/authentication/issue", issue.Action.Value);
            return AuthleteResult.ServerError("The authorization server could not issue the auth_req_id.");
        }

        if (issue.Action == BackchannelAuthenticationIssueAction.Ok)
        {
            var context = new CibaAuthenticationContext(user!, response, issue)
            {
                ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(issue.ExpiresIn),
                ServiceKey = ServiceKey,
            };
            StartInBackground(context);
        }

        return answer;
    }

    private async Task<BackchannelAuthenticationFailReason?> CheckAsync(CibaUser user, BackchannelAuthenticationResponse response, CancellationToken cancellationToken)
    {
        if (response.UserCodeRequired)
        {
            if (string.IsNullOrEmpty(response.UserCode))
            {
                return BackchannelAuthenticationFailReason.MissingUserCode;
            }

            string userCode = response.UserCode;
            bool valid = await ClientRequestReader.CallAsync(
                ct => _spi.IsValidUserCodeAsync(user, userCode, ct), _options.CallbackTimeout, cancellationToken).ConfigureAwait(false);
            if (!valid)
            {
                return BackchannelAuthenticationFailReason.InvalidUserCode;
            }
        }

        if (response.BindingMessage is { } message && _options.MaxBindingMessageLength is { } max
            && (message.Length > max || message.Any(char.IsControl)))
        {
            return BackchannelAuthenticationFailReason.InvalidBindingMessage;
        }

        return await ClientRequestReader.CallAsync(
            ct => _spi.ValidateRequestAsync(user, response, ct), _options.CallbackTimeout, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AuthleteResult> FailAsync(string? ticket, BackchannelAuthenticationFailReason reason, string? description, CancellationToken cancellationToken)
    {
        try
        {
            BackchannelAuthenticationFailResponse fail = await _api.BackchannelAuthenticationFailAsync(
                new() { Ticket = ticket, Reason = reason, ErrorDescription = description }, cancellationToken).ConfigureAwait(false);
            if (fail.TryToResult(out AuthleteResult? answer))
            {
                return answer;
            }

            AspNetCoreLog.UnknownAction(_logger, "/backchannel/authentication/fail", fail.Action.Value);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.AuthleteCallFailed(_logger, Endpoint, ex);
        }

        return AuthleteResult.ServerError("The authorization server could not process the request.");
    }

    private void StartInBackground(CibaAuthenticationContext context)
    {
        ILogger logger = _logger;
        bool completeOnFailure = _options.CompleteOnStartFailure;

        // Tracked, so that a graceful stop waits for it (AddAuthleteAspNetCore registers the tracker); a handler built
        // by hand without it runs the work untracked, cancelled when the application stops.
        AsyncServiceScope scope = _scopes.CreateAsyncScope();
        BackgroundWork? work = scope.ServiceProvider.GetService<BackgroundWork>();
        Func<CancellationToken, Task> start = async stopping =>
        {
            await using (scope.ConfigureAwait(false))
            {
                try
                {
                    IBackchannelAuthenticationHandlerSpi spi = context.ServiceKey is { } key
                        ? scope.ServiceProvider.GetKeyedService<IBackchannelAuthenticationHandlerSpi>(key) ?? scope.ServiceProvider.GetRequiredService<IBackchannelAuthenticationHandlerSpi>()
                        : scope.ServiceProvider.GetRequiredService<IBackchannelAuthenticationHandlerSpi>();
                    await spi.StartAuthenticationAsync(context, stopping).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    AspNetCoreLog.CibaStartFailed(logger, context.AuthReqId, ex);
                    if (completeOnFailure && !stopping.IsCancellationRequested)
                    {
                        // Through the Authlete service the request came through.
                        ICibaCompleteService completion = context.ServiceKey is { } key
                            ? scope.ServiceProvider.GetRequiredKeyedService<ICibaCompleteService>(key)
                            : scope.ServiceProvider.GetRequiredService<ICibaCompleteService>();
                        await completion.CompleteAsync(
                            new BackchannelAuthenticationCompleteRequest
                            {
                                Ticket = context.Ticket,
                                Subject = context.User.Subject,
                                Result = BackchannelAuthenticationCompleteResult.TransactionFailed,
                                ErrorDescription = "The authentication device could not be reached.",
                            },
                            stopping).ConfigureAwait(false);
                    }
                }
            }
        };

        if (work is not null)
        {
            work.Run(start);
        }
        else
        {
            CancellationToken stopping = _stopping;
            _ = Task.Run(() => start(stopping), CancellationToken.None);
        }
    }
}
