using System.Collections.Concurrent;

namespace Authlete.Sdk.AspNetCore.Tests.Support;

/// <summary>A scriptable IBackchannelAuthenticationHandlerSpi that records what it was given.</summary>
public sealed class FakeUsers : IBackchannelAuthenticationHandlerSpi
{
    public Func<BackchannelAuthenticationResponse, CancellationToken, Task<CibaUserIdentification>> Identify { get; set; }
        = (r, _) => Task.FromResult<CibaUserIdentification>(new CibaUser("user-" + r.Hint));

    public Func<string, bool> UserCodeIsValid { get; set; } = _ => true;

    public BackchannelAuthenticationFailReason? Rejection { get; set; }

    public Func<CibaAuthenticationContext, Task> Start { get; set; } = _ => Task.CompletedTask;

    public ConcurrentQueue<BackchannelAuthenticationResponse> Identified { get; } = new();

    public ConcurrentQueue<string> UserCodes { get; } = new();

    public TaskCompletionSource<CibaAuthenticationContext> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<CibaUserIdentification> IdentifyUserAsync(BackchannelAuthenticationResponse request, CancellationToken cancellationToken)
    {
        Identified.Enqueue(request);
        return Identify(request, cancellationToken);
    }

    public Task<bool> IsValidUserCodeAsync(CibaUser user, string userCode, CancellationToken cancellationToken)
    {
        UserCodes.Enqueue(userCode);
        return Task.FromResult(UserCodeIsValid(userCode));
    }

    public Task<BackchannelAuthenticationFailReason?> ValidateRequestAsync(CibaUser user, BackchannelAuthenticationResponse request, CancellationToken cancellationToken)
        => Task.FromResult(Rejection);

    public async Task StartAuthenticationAsync(CibaAuthenticationContext context, CancellationToken cancellationToken)
    {
        try
        {
            await Start(context);
        }
        finally
        {
            Started.TrySetResult(context);
        }
    }
}
