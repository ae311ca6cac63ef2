namespace Authlete.Sdk.Testing.Http;

/// <summary>The HTTP answer to one Authlete API call: a status and a JSON body.</summary>
internal readonly record struct FakeHttpAnswer(int Status, string Body);
