namespace Authlete.Sdk;

/// <summary>
/// A response whose whole body is a document to serve unchanged (the discovery document, the JWK Set) instead of an
/// Authlete result with an action: the client keeps the body as <see cref="ResponseContent"/>.
/// </summary>
public interface IAuthleteDocumentResponse
{
    /// <summary>The document exactly as Authlete sent it; null when Authlete answered 204 No Content.</summary>
    string? ResponseContent { get; set; }
}
