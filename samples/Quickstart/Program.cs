// The quickstart: `dotnet run --project samples/Quickstart`. It starts the sample authorization server (the SDK code:
// samples/AuthorizationServer) in this process on the embedded fake Authlete, then a scripted client (ScriptedClient,
// plain HTTP, no SDK) walks the whole server, printing every step: discovery, CIBA poll, ping and push, the device
// flow, the ID token's signature checked against the JWK Set, refresh, UserInfo, introspection and revocation.
// Exit code 0: every step ended as expected.
using Authlete.Samples.Quickstart;

return await ScriptedClient.RunAsync(Console.Out);
