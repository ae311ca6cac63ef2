namespace Authlete.Sdk.AspNetCore.State;

/// <summary>One line of a user's index of pending requests: which request, until when.</summary>
/// <param name="Id">The request's identifier.</param>
/// <param name="ExpiresAt">When it expires.</param>
internal sealed record PendingIndexEntry(string Id, DateTimeOffset ExpiresAt);
