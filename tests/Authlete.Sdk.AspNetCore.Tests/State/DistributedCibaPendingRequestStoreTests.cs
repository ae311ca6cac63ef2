using System.Text;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Authlete.Sdk.AspNetCore.Tests.State;

/// <summary>The store over a real <see cref="IDistributedCache"/> (the in-memory one; Redis is proven in the samples' ScaleOut tests).</summary>
public sealed class DistributedCibaPendingRequestStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly RecordingCache _cache = new(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
    private readonly DistributedCibaPendingRequestStore _store;

    public DistributedCibaPendingRequestStoreTests() => _store = new DistributedCibaPendingRequestStore(_cache, _time);

    public void Dispose() => _time.AdjustTime(Now);

    private static CibaPendingRequest Pending(string subject = "alice", int lifetimeSeconds = 120, string? id = null) => new()
    {
        Id = id ?? Guid.NewGuid().ToString("N"),
        Subject = subject,
        Ticket = "ticket-" + Guid.NewGuid().ToString("N"),
        ExpiresAt = Now.AddSeconds(lifetimeSeconds),
        ClientId = "bank-app",
        ClientName = "Bank",
        Scopes = ["openid", "payment"],
        BindingMessage = "W4SCT",
        DeliveryMode = "poll",
    };

    [Fact]
    public async Task A_request_is_listed_for_its_user_and_taken_once()
    {
        CibaPendingRequest first = Pending(lifetimeSeconds: 60), second = Pending(lifetimeSeconds: 90), bobs = Pending("bob");
        await _store.AddAsync(second);
        await _store.AddAsync(first);
        await _store.AddAsync(bobs);

        IReadOnlyList<CibaPendingRequest> listed = await _store.ListAsync("alice");
        listed.Select(r => r.Id).Should().Equal([first.Id, second.Id], "the oldest (first to expire) first");
        listed[0].Should().BeEquivalentTo(first);

        (await _store.TakeAsync("bob", first.Id)).Should().BeNull("a user cannot take another user's request");
        (await _store.TakeAsync("alice", first.Id))!.Ticket.Should().Be(first.Ticket);
        (await _store.TakeAsync("alice", first.Id)).Should().BeNull("taken once");
        (await _store.ListAsync("alice")).Select(r => r.Id).Should().Equal(second.Id);
        (await _store.ListAsync("bob")).Select(r => r.Id).Should().Equal(bobs.Id);
        (await _store.ListAsync("carol")).Should().BeEmpty();

        (await _store.TakeAsync("alice", second.Id)).Should().NotBeNull();
        CibaPendingRequest third = Pending();
        await _store.AddAsync(third);
        string[] indexes = [.. _cache.Expirations.Keys.Where(k => k.StartsWith("authlete:ciba:user:", StringComparison.Ordinal))
            .Select(k => Encoding.UTF8.GetString(_cache.Get(k)!))];
        indexes.Should().HaveCount(2).And.ContainSingle(i => i.Contains(third.Id, StringComparison.Ordinal)
            && !i.Contains(first.Id, StringComparison.Ordinal) && !i.Contains(second.Id, StringComparison.Ordinal),
            "the store drops the requests taken since from its index when it next writes it");
    }

    [Fact]
    public async Task Entries_expire_with_the_ticket()
    {
        CibaPendingRequest pending = Pending(lifetimeSeconds: 120);
        await _store.AddAsync(pending);

        _cache.Expirations[$"authlete:ciba:request:{pending.Id}"].Should().Be(pending.ExpiresAt);
        _cache.Expirations.Where(e => e.Key.StartsWith("authlete:ciba:user:", StringComparison.Ordinal)).Select(e => e.Value).Should().Equal(pending.ExpiresAt);

        _time.Advance(TimeSpan.FromSeconds(120));
        (await _store.ListAsync("alice")).Should().BeEmpty();
        (await _store.TakeAsync("alice", pending.Id)).Should().BeNull();

        await _store.AddAsync(Pending(lifetimeSeconds: 60));
        _cache.Writes.Should().Be(3, "an already expired request is not stored (its ticket has expired too): the first wrote its entry, the list of stores and the user's index");
    }

    [Fact]
    public async Task Two_stores_over_one_cache_are_two_instances_of_one_server()
    {
        var other = new DistributedCibaPendingRequestStore(_cache, _time);
        CibaPendingRequest[] added = Enumerable.Range(0, 64).Select(i => Pending(lifetimeSeconds: 100 + i)).ToArray();

        await Task.WhenAll(added.Select((r, i) => Task.Run(() => (i % 2 == 0 ? _store : other).AddAsync(r))));

        (await other.ListAsync("alice")).Select(r => r.Id).Should().BeEquivalentTo(added.Select(r => r.Id),
            "concurrent adds for one user from two instances are merged into the user's index");
        (await _store.TakeAsync("alice", added[3].Id)).Should().NotBeNull();
        (await other.TakeAsync("alice", added[3].Id)).Should().BeNull();
    }

    [Fact]
    public async Task The_store_holds_no_subject_in_keys_and_nothing_beyond_the_pending_request()
    {
        await _store.AddAsync(Pending("alice@example.com"));

        _cache.Expirations.Keys.Should().NotContain(k => k.Contains("alice", StringComparison.Ordinal));
        string stored = Encoding.UTF8.GetString((await _cache.GetAsync(_cache.Expirations.Keys.Single(k => k.Contains("request", StringComparison.Ordinal))))!);
        stored.Should().NotContain("authReqId").And.NotContain("notification").And.NotContain("hint");
        (await _store.ListAsync("alice@example.com")).Should().ContainSingle();
    }

    [Fact]
    public async Task A_damaged_entry_reads_as_absent()
    {
        CibaPendingRequest pending = Pending();
        await _store.AddAsync(pending);
        await _cache.SetAsync($"authlete:ciba:request:{pending.Id}", "{not json"u8.ToArray(), new DistributedCacheEntryOptions());

        (await _store.ListAsync("alice")).Should().BeEmpty();
        (await _store.TakeAsync("alice", pending.Id)).Should().BeNull();
    }

    [Fact]
    public async Task Bad_input_is_a_typed_error()
    {
        await FluentActions.Awaiting(() => _store.AddAsync(new CibaPendingRequest { Id = "1", Subject = "alice", Ticket = "", ExpiresAt = Now.AddMinutes(1) }))
            .Should().ThrowAsync<ArgumentException>().WithParameterName("request.Ticket");
        await FluentActions.Awaiting(() => _store.AddAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => _store.ListAsync("")).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => _store.TakeAsync("alice", "")).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public void ToString_leaves_the_ticket_out()
    {
        CibaPendingRequest pending = Pending();

        pending.ToString().Should().Contain(pending.Id).And.NotContain(pending.Ticket);
    }

    [Fact]
    public async Task AddAuthleteAspNetCore_uses_the_distributed_cache_the_host_registers_before_or_after()
    {
        var shared = new RecordingCache(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
        foreach (bool before in (bool[])[true, false])
        {
            var services = new ServiceCollection();
            if (before)
            {
                services.AddSingleton<IDistributedCache>(shared);
            }

            services.AddAuthleteAspNetCore();
            services.AddAuthleteAspNetCore();
            if (!before)
            {
                services.AddSingleton<IDistributedCache>(shared);
            }

            services.AddLogging();
            await using ServiceProvider provider = services.BuildServiceProvider();
            await provider.GetRequiredService<ICibaPendingRequestStore>().AddAsync(Pending(lifetimeSeconds: 3600 * 24 * 365 * 10));
            provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Authlete.Sdk.AspNetCore.Background.BackgroundWork>()
                .Should().ContainSingle("the background work is drained by one hosted service, however often the services are added");
        }

        shared.Writes.Should().Be(6, "each host wrote its request, the list of stores and the user's index to the registered cache");
    }

    [Fact]
    public async Task Without_a_registered_cache_the_store_is_in_memory()
    {
        var services = new ServiceCollection().AddAuthleteAspNetCore();
        await using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<IDistributedCache>().Should().BeOfType<MemoryDistributedCache>();
        provider.GetRequiredService<ICibaPendingRequestStore>().Should().BeOfType<DistributedCibaPendingRequestStore>();
    }

    /// <summary>The real cache, with the expiry of each write kept for the assertions.</summary>
    private sealed class RecordingCache(IDistributedCache inner) : IDistributedCache
    {
        public Dictionary<string, DateTimeOffset?> Expirations { get; } = [];

        public int Writes { get; private set; }

        public byte[]? Get(string key) => inner.Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);

        public void Refresh(string key) => inner.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

        public void Remove(string key) => inner.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new NotSupportedException("The store writes asynchronously.");

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            lock (Expirations)
            {
                Expirations[key] = options.AbsoluteExpiration;
                Writes++;
            }

            // The in-memory cache checks expiries against the real clock; the test's clock is the store's.
            return inner.SetAsync(key, value, new DistributedCacheEntryOptions(), token);
        }
    }
}
