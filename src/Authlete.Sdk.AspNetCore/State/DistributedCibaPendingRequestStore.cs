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
/// Each request is one entry (<c>authlete:ciba:request:{id}</c>) that expires with the ticket. Each user has an index
/// entry (<c>authlete:ciba:user:{SHA-256 of the subject}</c>, so no subject appears in a key) listing the identifiers of
/// their requests, from which taking a request removes it; it is a hint: listing reads the entries themselves and skips
/// those taken or expired.
/// </para>
/// <para>
/// <see cref="IDistributedCache"/> has no atomic update, so the index is written, read back and merged again when a
/// concurrent writer replaced it. Two requests for the same user added by two instances within the same few
/// milliseconds can still, rarely, leave one out of the user's list (it stays stored, and expires); a host that must
/// rule this out implements <see cref="ICibaPendingRequestStore"/> over its store's own atomic operations (a Redis set).
/// </para>
/// </remarks>
public sealed class DistributedCibaPendingRequestStore : ICibaPendingRequestStore
{
    private const string RequestPrefix = "authlete:ciba:request:";
    private const string UserPrefix = "authlete:ciba:user:";
    private const int MaxIndexPasses = 8;
    private readonly IDistributedCache _cache;
    private readonly TimeProvider _time;

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
        await IndexAsync(UserKey(request.Subject), new PendingIndexEntry(request.Id, request.ExpiresAt), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CibaPendingRequest>> ListAsync(string subject, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        List<PendingIndexEntry> index = await ReadIndexAsync(UserKey(subject), cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = _time.GetUtcNow();
        CibaPendingRequest?[] found = await Task.WhenAll(index
            .Where(e => e.ExpiresAt > now)
            .Select(e => ReadRequestAsync(e.Id, cancellationToken))).ConfigureAwait(false);
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
        await UnindexAsync(UserKey(subject), id, cancellationToken).ConfigureAwait(false);
        return request;
    }

    // Best effort: an identifier a concurrent write puts back is skipped by ListAsync (its entry is gone) and pruned at expiry.
    private async Task UnindexAsync(string key, string id, CancellationToken cancellationToken)
    {
        List<PendingIndexEntry> index = await ReadIndexAsync(key, cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = _time.GetUtcNow();
        if (index.RemoveAll(e => e.Id == id || e.ExpiresAt <= now) == 0)
        {
            return;
        }

        if (index.Count == 0)
        {
            await _cache.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
            return;
        }

        byte[] json = JsonSerializer.SerializeToUtf8Bytes(index, StateJsonContext.Default.ListPendingIndexEntry);
        await _cache.SetAsync(key, json, new DistributedCacheEntryOptions { AbsoluteExpiration = index.Max(e => e.ExpiresAt) }, cancellationToken).ConfigureAwait(false);
    }

    private async Task IndexAsync(string key, PendingIndexEntry added, CancellationToken cancellationToken)
    {
        for (int pass = 0; pass < MaxIndexPasses; pass++)
        {
            List<PendingIndexEntry> index = await ReadIndexAsync(key, cancellationToken).ConfigureAwait(false);
            if (index.Exists(e => e.Id == added.Id))
            {
                return;   // written, and not replaced by a concurrent writer
            }

            if (pass > 0)
            {
                // Replaced by another instance's write: let it settle, then merge again.
                await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(1, 5 * pass)), cancellationToken).ConfigureAwait(false);
                index = await ReadIndexAsync(key, cancellationToken).ConfigureAwait(false);
            }

            DateTimeOffset now = _time.GetUtcNow();
            index.RemoveAll(e => e.ExpiresAt <= now || e.Id == added.Id);
            index.Add(added);
            DateTimeOffset last = index.Max(e => e.ExpiresAt);
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(index, StateJsonContext.Default.ListPendingIndexEntry);
            await _cache.SetAsync(key, json, new DistributedCacheEntryOptions { AbsoluteExpiration = last }, cancellationToken).ConfigureAwait(false);
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
