using Microsoft.Extensions.Options;

namespace Authlete.Sdk;

/// <summary>
/// Checks <see cref="CibaNotificationSenderOptions"/> at start-up and says exactly which setting is wrong. The
/// <see cref="CibaNotificationSender"/> constructors apply the same checks.
/// </summary>
public sealed class CibaNotificationSenderOptionsValidator : IValidateOptions<CibaNotificationSenderOptions>
{
    /// <summary>The longest <see cref="CibaNotificationSenderOptions.Timeout"/> accepted: one hour.</summary>
    public static TimeSpan MaxTimeout { get; } = TimeSpan.FromHours(1);

    private const string Section = nameof(CibaNotificationSenderOptions);
    private const int MaxAttemptsLimit = 10;
    private static readonly TimeSpan MaxRetryDelayLimit = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CibaNotificationSenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = GetFailures(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Lists what is wrong with <paramref name="options"/>; empty when they are usable.</summary>
    /// <param name="options">The options to check.</param>
    /// <returns>One message per problem, naming the setting.</returns>
    public static List<string> GetFailures(CibaNotificationSenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Timeout < TimeSpan.FromMilliseconds(1) || options.Timeout > MaxTimeout)
        {
            failures.Add($"{Section}:Timeout must be between 1 millisecond and 1 hour; got {options.Timeout}.");
        }

        if (options.MaxAttempts is < 1 or > MaxAttemptsLimit)
        {
            failures.Add($"{Section}:MaxAttempts must be between 1 and {MaxAttemptsLimit}; got {options.MaxAttempts}.");
        }

        if (options.MaxRetryDelay < TimeSpan.Zero || options.MaxRetryDelay > MaxRetryDelayLimit)
        {
            failures.Add($"{Section}:MaxRetryDelay must be between 0 and 5 minutes; got {options.MaxRetryDelay}.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > options.MaxRetryDelay)
        {
            failures.Add($"{Section}:RetryDelay must be between 0 and MaxRetryDelay ({options.MaxRetryDelay}); got {options.RetryDelay}.");
        }

        foreach (string? host in options.AllowedHosts)
        {
            if (string.IsNullOrWhiteSpace(host) || Uri.CheckHostName(host.Trim().TrimEnd('.')) == UriHostNameType.Unknown)
            {
                failures.Add($"{Section}:AllowedHosts entry '{host}' is not a host name (such as notify.corp.example).");
            }
        }

        foreach (string? network in options.AllowedNetworks)
        {
            if (!NotificationNetwork.TryParse(network, out _))
            {
                failures.Add($"{Section}:AllowedNetworks entry '{network}' is not an IP address or a network in CIDR notation (such as 10.20.0.0/16 or fd12:3456::/48).");
            }
        }

        return failures;
    }

    /// <summary>Throws when <paramref name="options"/> are not usable, with the messages of <see cref="GetFailures"/>.</summary>
    internal static void ThrowIfInvalid(CibaNotificationSenderOptions options, string parameterName)
    {
        List<string> failures = GetFailures(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), parameterName);
        }
    }
}
