namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Where the authorization server keeps its CIBA requests waiting for the end-user's decision, shared by all its
/// instances: a request received by one instance is listed and decided through any other.
/// </summary>
/// <remarks>
/// <para>
/// <c>AddAuthleteAspNetCore</c> registers <see cref="DistributedCibaPendingRequestStore"/>, over the application's
/// <c>IDistributedCache</c>: in memory (one instance) unless the host registers a shared cache such as Redis
/// (<c>AddStackExchangeRedisCache</c>). Entries expire with the Authlete ticket.
/// </para>
/// <para>
/// The store is not what makes a decision count once: Authlete's ticket is. Two instances taking the same request at the
/// same moment both call <c>/backchannel/authentication/complete</c>, and Authlete accepts only the first.
/// </para>
/// </remarks>
public interface ICibaPendingRequestStore
{
    /// <summary>Keeps a request until its <see cref="CibaPendingRequest.ExpiresAt"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the request is stored.</returns>
    Task AddAsync(CibaPendingRequest request, CancellationToken cancellationToken = default);

    /// <summary>The end-user's requests that have not expired nor been taken, the oldest first.</summary>
    /// <param name="subject">The end-user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The requests; empty when none.</returns>
    Task<IReadOnlyList<CibaPendingRequest>> ListAsync(string subject, CancellationToken cancellationToken = default);

    /// <summary>Removes and returns the end-user's request.</summary>
    /// <param name="subject">The end-user; a request of another user is neither returned nor removed.</param>
    /// <param name="id">The request's <see cref="CibaPendingRequest.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request, or null when it is not (or no longer) pending for this user.</returns>
    Task<CibaPendingRequest?> TakeAsync(string subject, string id, CancellationToken cancellationToken = default);
}
