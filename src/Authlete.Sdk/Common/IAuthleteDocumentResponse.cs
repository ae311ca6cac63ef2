namespace Authlete.Sdk;

/// <summary>
/// A response whose whole body is a document to serve unchanged (the discovery document, the JWK Set): the client keeps
/// the body as its <c>ResponseContent</c>.
/// </summary>
internal interface IAuthleteDocumentResponse
{
    string? ResponseContent { get; set; }
}
