using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Authlete.Sdk.AspNetCore.State;
using Microsoft.Extensions.Caching.Distributed;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// <see cref="ICibaPendingRequestStore"/> over an <see cref="IDistributedCache"/>: Redis (or any shared cache) for
/// several instances, memory for one.
/// </summary>
/// <remarks>
/// <para>
/// Each request is one entry (<c>authlete:ciba:request:{id}</c>) that expires with the ticket. <see cref="IDistributedCache"/>
/// has no atomic update, so no key is written by two instances: each store (one per instance) keeps its own index of
/// each user's requests (<c>authlete:ciba:user:{SHA-256 of the subject}:{store}</c>, so no subject appears in a key),
/// updated under a lock of its own; taking a request deletes its entry, and the store that listed it drops it from its
/// index on its next write. Listing reads every store's index of the user, found in a shared list of stores
/// (<c>authlete:ciba:stores</c>), then the entries themselves, skipping those taken or expired.
/// </para>
/// <para>
/// That shared list is the one key several instances write: when an instance first adds a request, and once a day after.
/// Each add checks that its store is still listed and lists it again if a concurrent write dropped it, so such a loss
/// lasts until that instance's next add at most. A host that must rule it out implements
/// <see cref="ICibaPendingRequestStore"/> over its store's own atomic operations (a Redis set).
/// </para>
/// </remarks>
public sealed class DistributedCibaPendingRequestStore : ICibaPendingRequestStore
{
    private const string RequestPrefix = "authlete:ciba:request:";
    private const string UserPrefix = "authlete:ciba:user:";
    private const string StoresKey = "authlete:ciba:stores";
    private const int MaxRegistrationPasses = 8;
    private static readonly TimeSpan Registration = TimeSpan.FromDays(1);
    private readonly IDistributedCache _cache;
    private readonly TimeProvider _time;
    private readonly string _storeId = RandomNumberGenerator.GetHexString(16, lowercase: true);
    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Creates the store.</summary>
    /// <param name="cache">The cache shared by the server's instances.</param>
    /// <param name="timeProvider">The clock; optional (the system's).</param>
    public DistributedCibaPendingRequestStore(IDistributedCache cache, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(cache);
        _cache = cache;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The request has no identifier, subject or ticket.</exception>
    public async Task AddAsync(CibaPendingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.Id, nameof(request) + "." + nameof(request.Id));
        ArgumentException.ThrowIfNullOrEmpty(request.Subject, nameof(request) + "." + nameof(request.Subject));
        ArgumentException.ThrowIfNullOrEmpty(request.Ticket, nameof(request) + "." + nameof(request.Ticket));
        if (request.ExpiresAt <= _time.GetUtcNow())
        {
            return;   // Authlete's ticket has expired too: nothing to decide any more.
        }

        byte[] entry = JsonSerializer.SerializeToUtf8Bytes(request, StateJsonContext.Default.CibaPendingRequest);
        await _cache.SetAsync(RequestPrefix + request.Id, entry, new DistributedCacheEntryOptions { AbsoluteExpiration = request.ExpiresAt }, cancellationToken).ConfigureAwait(false);
        await RegisterAsync(cancellationToken).ConfigureAwait(false);

        string key = UserKey(request.Subject) + ":" + _storeId;
        SemaphoreSlim gate = _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_locks.Length)];
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Only this store writes this key, under this lock: no update is lost. Drop what expired or was taken.
            List<PendingIndexEntry> index = await ReadIndexAsync(key, cancellationToken).ConfigureAwait(false);
            DateTimeOffset now = _time.GetUtcNow();
            index.RemoveAll(e => e.ExpiresAt <= now || e.Id == request.Id);
            bool[] present = await Task.WhenAll(index.Select(async e =>
                await _cache.GetAsync(RequestPrefix + e.Id, cancellationToken).ConfigureAwait(false) is not null)).ConfigureAwait(false);
            index = [.. index.Where((_, i) => present[i])];
            index.Add(new PendingIndexEntry(request.Id, request.ExpiresAt));
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(index, StateJsonContext.Default.ListPendingIndexEntry);
            await _cache.SetAsync(key, json, new DistributedCacheEntryOptions { AbsoluteExpiration = index.Max(e => e.ExpiresAt) }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CibaPendingRequest>> ListAsync(string subject, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        DateTimeOffset now = _time.GetUtcNow();
        string user = UserKey(subject);
        List<PendingIndexEntry> stores = await ReadIndexAsync(StoresKey, cancellationToken).ConfigureAwait(false);
        List<PendingIndexEntry>[] indexes = await Task.WhenAll(stores
            .Where(s => s.ExpiresAt > now)
            .Select(s => ReadIndexAsync(user + ":" + s.Id, cancellationToken))).ConfigureAwait(false);
        CibaPendingRequest?[] found = await Task.WhenAll(indexes
            .SelectMany(i => i)
            .Where(e => e.ExpiresAt > now)
            .Select(e => e.Id)
            .Distinct(StringComparer.Ordinal)
            .Select(id => ReadRequestAsync(id, cancellationToken))).ConfigureAwait(false);
        return [.. found.OfType<CibaPendingRequest>()
            .Where(r => string.Equals(r.Subject, subject, StringComparison.Ordinal) && r.ExpiresAt > now)
            .OrderBy(r => r.ExpiresAt)];
    }

    /// <inheritdoc />
    public async Task<CibaPendingRequest?> TakeAsync(string subject, string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        ArgumentException.ThrowIfNullOrEmpty(id);
        CibaPendingRequest? request = await ReadRequestAsync(id, cancellationToken).ConfigureAwait(false);
        if (request is null || !string.Equals(request.Subject, subject, StringComparison.Ordinal) || request.ExpiresAt <= _time.GetUtcNow())
        {
            return null;
        }

        await _cache.RemoveAsync(RequestPrefix + id, cancellationToken).ConfigureAwait(false);
        return request;
    }

    /// <summary>Lists this store in the shared list of stores, unless listed for long enough already.</summary>
    private async Task RegisterAsync(CancellationToken cancellationToken)
    {
        for (int pass = 0; pass < MaxRegistrationPasses; pass++)
        {
            List<PendingIndexEntry> stores = await ReadIndexAsync(StoresKey, cancellationToken).ConfigureAwait(false);
            DateTimeOffset now = _time.GetUtcNow();
            if (stores.Exists(s => s.Id == _storeId && s.ExpiresAt - now > Registration / 2))
            {
                return;
            }

            if (pass > 0)
            {
                // Another instance's write replaced ours: let it settle, then merge again.
                await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(1, 5 * pass)), cancellationToken).ConfigureAwait(false);
                stores = await ReadIndexAsync(StoresKey, cancellationToken).ConfigureAwait(false);
            }

            stores.RemoveAll(s => s.ExpiresAt <= now || s.Id == _storeId);
            stores.Add(new PendingIndexEntry(_storeId, now + Registration));
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(stores, StateJsonContext.Default.ListPendingIndexEntry);
            await _cache.SetAsync(StoresKey, json, new DistributedCacheEntryOptions { AbsoluteExpiration = stores.Max(s => s.ExpiresAt) }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<List<PendingIndexEntry>> ReadIndexAsync(string key, CancellationToken cancellationToken)
    {
        byte[]? json = await _cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        return Read(json, StateJsonContext.Default.ListPendingIndexEntry) ?? [];
    }
    private async Task<CibaPendingRequest?> ReadRequestAsync(string id, CancellationToken cancellationToken)
    {
        byte[]? json = await _cache.GetAsync(RequestPrefix + id, cancellationToken).ConfigureAwait(false);
        return Read(json, StateJsonContext.Default.CibaPendingRequest);
    }

    // An entry that does not read (written by another version, damaged) counts as absent.
    private static T? Read<T>(byte[]? json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (json is null or { Length: 0 })
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string UserKey(string subject) => UserPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(subject)));
}
