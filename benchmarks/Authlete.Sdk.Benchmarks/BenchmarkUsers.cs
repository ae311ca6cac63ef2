using Authlete.Sdk.AspNetCore;

namespace Authlete.Sdk.Benchmarks;

/// <summary>The SDK variant's <see cref="IBackchannelAuthenticationHandlerSpi"/>: the host logic of <see cref="AuthenticationDevices"/>.</summary>
internal sealed class BenchmarkUsers(AuthenticationDevices devices) : IBackchannelAuthenticationHandlerSpi
{
    public Task<CibaUserIdentification> IdentifyUserAsync(BackchannelAuthenticationResponse request, CancellationToken cancellationToken)
        => Task.FromResult<CibaUserIdentification>(AuthenticationDevices.Identify(request.Hint) is { } subject ? new CibaUser(subject) : null);

    public Task<bool> IsValidUserCodeAsync(CibaUser user, string userCode, CancellationToken cancellationToken)
        => Task.FromResult(AuthenticationDevices.IsValidUserCode(user.Subject, userCode));

    public Task StartAuthenticationAsync(CibaAuthenticationContext context, CancellationToken cancellationToken)
    {
        devices.Start(variant: 0, context.User.Subject, context.Ticket);
        return Task.CompletedTask;
    }
}
