using System.Collections.Concurrent;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// The endpoint host's own CIBA logic, called alike by the SDK variant (through <see cref="BenchmarkUsers"/>) and the
/// hand-written one: who the users are, their user codes, and the start of the user's authentication on their device
/// (here: the ticket kept for the device to fetch, as the sample host does, and a count per variant).
/// </summary>
internal sealed class AuthenticationDevices
{
    private readonly ConcurrentDictionary<string, string> _pending = new(StringComparer.Ordinal);
    private readonly long[] _starts = new long[3];

    /// <summary>The subject of the user a login hint names, or null for an unknown user.</summary>
    public static string? Identify(string? hint) => hint == Payloads.CibaUser ? hint : null;

    /// <summary>Whether <paramref name="userCode"/> is the user's code.</summary>
    public static bool IsValidUserCode(string subject, string userCode) => subject == Payloads.CibaUser && userCode == "1234";

    /// <summary>Starts the user's authentication: keeps the ticket for their device, counts the start.</summary>
    /// <param name="variant">The variant that starts it (its index in the benchmark's list of variants).</param>
    /// <param name="subject">The user.</param>
    /// <param name="ticket">The ticket for the user's device.</param>
    public void Start(int variant, string subject, string? ticket)
    {
        _pending[subject] = ticket ?? string.Empty;
        Interlocked.Increment(ref _starts[variant]);
    }

    /// <summary>How many authentications each variant started so far, in the order of the benchmark's variants.</summary>
    public long[] Starts => [.. _starts.Select((_, i) => Interlocked.Read(ref _starts[i]))];
}
