using System.Collections.Concurrent;
using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Background;

/// <summary>
/// The work the endpoints start after answering (the CIBA start of the user's authentication, notification delivery),
/// tracked so that a graceful stop drains it: the host's <see cref="IHostedLifecycleService.StoppedAsync"/> runs after
/// the server has drained its requests (which may start more work), and waits for all of it until the host's shutdown
/// timeout; only then is <see cref="Stopping"/> cancelled and what remains abandoned (and logged).
/// </summary>
internal sealed class BackgroundWork : IHostedLifecycleService, IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _abandon = new();
    private readonly ILogger _logger;

    public BackgroundWork(ILogger<BackgroundWork> logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <summary>Cancelled when the host's shutdown timeout passed with work still running: the work must give up.</summary>
    public CancellationToken Stopping => _abandon.Token;

    /// <summary>How many pieces of work are running.</summary>
    public int Count => _running.Count;

    /// <summary>Runs <paramref name="work"/> on the thread pool, tracked until it completes.</summary>
    /// <param name="work">The work; receives <see cref="Stopping"/>. Its exceptions are its own to log: one escaping is logged here.</param>
    /// <returns>The work's task.</returns>
    public Task Run(Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        CancellationToken stopping = _abandon.Token;
        Task task = Task.Run(() => work(stopping), CancellationToken.None);
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(
            static (done, state) =>
            {
                var self = (BackgroundWork)state!;
                self._running.TryRemove(done, out _);
                if (done.Exception is { } failure)
                {
                    AspNetCoreLog.BackgroundWorkFailed(self._logger, failure.InnerException ?? failure);
                }
            },
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return task;
    }

    /// <summary>Waits until no work runs, or <paramref name="cancellationToken"/> (the shutdown timeout) fires; then abandons the rest.</summary>
    /// <param name="cancellationToken">The deadline.</param>
    /// <returns>A task that completes when drained or abandoned.</returns>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!_running.IsEmpty)
            {
                await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            AspNetCoreLog.BackgroundWorkAbandoned(_logger, _running.Count);
            await _abandon.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A failed piece of work was logged by its continuation; keep draining the others.
            await DrainAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the server stopped taking requests and drained them: drain the work they started.</summary>
    public Task StoppedAsync(CancellationToken cancellationToken) => DrainAsync(cancellationToken);

    public void Dispose() => _abandon.Dispose();
}
