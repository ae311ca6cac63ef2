using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Tests.Support;

/// <summary>One log entry as written: category, level, event, rendered message, structured fields and exception.</summary>
public sealed record CapturedLog(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyList<KeyValuePair<string, object?>> Fields,
    Exception? Exception)
{
    public object? Field(string name) => Fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>
    /// Everything the entry would show a log sink or exporter: message, every field rendered to its last element
    /// (arrays and nested state included) and the exception with its stack.
    /// </summary>
    public string AllText()
        => string.Join('\n', new[] { Category, Message, Exception?.ToString() ?? string.Empty }
            .Concat(Fields.Select(f => f.Key + "=" + SecretScan.Render(f.Value))));
}

/// <summary>An <see cref="ILoggerProvider"/> that keeps every entry of every category and level, scopes included.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly List<CapturedLog> _entries = [];
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Add(CapturedLog entry)
    {
        lock (_entries)
        {
            _entries.Add(entry);
        }
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = new List<KeyValuePair<string, object?>>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                fields.AddRange(pairs);
            }

            owner._scopes.ForEachScope(
                (scope, list) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> scopePairs)
                    {
                        list.AddRange(scopePairs.Select(p => new KeyValuePair<string, object?>("scope." + p.Key, p.Value)));
                    }
                    else
                    {
                        list.Add(new KeyValuePair<string, object?>("scope", scope?.ToString()));
                    }
                },
                fields);
            owner.Add(new CapturedLog(category, logLevel, eventId, formatter(state, exception), fields, exception));
        }
    }
}
