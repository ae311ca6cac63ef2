using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Authlete.Sdk.AspNetCore.Authentication;

/// <summary>
/// Authlete's <c>OK</c> answers, reused for the same token, client certificate and required scopes until the earlier of
/// the configured duration and the token's expiry. Keyed by a SHA-256 hash, never by the token itself; bounded in size.
/// </summary>
internal sealed class AccessTokenCache
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>The number of entries, expired or not.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The cache key: SHA-256 over the token, the certificate thumbprint and the required scopes.</summary>
    public static string KeyOf(string token, string? certificateThumbprint, IReadOnlyList<string>? scopes)
    {
        var text = new StringBuilder(token.Length + 128).Append(token).Append('\n').Append(certificateThumbprint).Append('\n');
        if (scopes is not null)
        {
            text.AppendJoin(' ', scopes.Order(StringComparer.Ordinal));
        }

        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public IntrospectionResponse? Get(string key, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out Entry entry))
            {
                return null;
            }

            if (entry.ExpiresAt > now)
            {
                return entry.Response;
            }

            _entries.Remove(key);
            return null;
        }
    }

    /// <summary>Keeps an <c>OK</c> answer until the earlier of <paramref name="duration"/> from now and the token's expiry.</summary>
    public void Set(string key, IntrospectionResponse response, DateTimeOffset now, TimeSpan duration, int sizeLimit)
    {
        DateTimeOffset expiresAt = now + duration;
        if (response.ExpiresAt > 0)
        {
            DateTimeOffset tokenExpiry = DateTimeOffset.FromUnixTimeMilliseconds(response.ExpiresAt);
            if (tokenExpiry < expiresAt)
            {
                expiresAt = tokenExpiry;
            }
        }

        if (expiresAt <= now)
        {
            return;
        }

        lock (_gate)
        {
            if (!_entries.ContainsKey(key) && _entries.Count >= sizeLimit)
            {
                MakeRoom(now);
            }

            _entries[key] = new Entry(response, expiresAt);
        }
    }

    /// <summary>Drops the expired entries, or, when none has expired, the one nearest expiry. Runs only when the cache is full.</summary>
    private void MakeRoom(DateTimeOffset now)
    {
        string? soonest = null;
        DateTimeOffset soonestAt = DateTimeOffset.MaxValue;
        List<string>? expired = null;
        foreach (KeyValuePair<string, Entry> pair in _entries)
        {
            if (pair.Value.ExpiresAt <= now)
            {
                (expired ??= []).Add(pair.Key);
            }
            else if (pair.Value.ExpiresAt < soonestAt)
            {
                soonest = pair.Key;
                soonestAt = pair.Value.ExpiresAt;
            }
        }

        if (expired is not null)
        {
            expired.ForEach(k => _entries.Remove(k));
        }
        else if (soonest is not null)
        {
            _entries.Remove(soonest);
        }
    }

    private readonly record struct Entry(IntrospectionResponse Response, DateTimeOffset ExpiresAt);
}

/// <summary>One <see cref="AccessTokenCache"/> per authentication scheme, for the application's lifetime (a singleton).</summary>
internal sealed class AccessTokenCaches
{
    private readonly ConcurrentDictionary<string, AccessTokenCache> _caches = new(StringComparer.Ordinal);

    public AccessTokenCache For(string scheme) => _caches.GetOrAdd(scheme, static _ => new AccessTokenCache());
}
