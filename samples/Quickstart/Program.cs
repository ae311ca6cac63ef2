// The quickstart: `dotnet run --project samples/Quickstart`. It starts the sample authorization server (the SDK code:
// samples/AuthorizationServer) in this process on the embedded fake Authlete, then a scripted client (ScriptedClient,
// plain HTTP, no SDK) plays the client and the user through CIBA poll, ping and push and the device flow, printing
// every step. Exit code 0: every flow ended as expected.
using Authlete.Samples.Quickstart;

return await ScriptedClient.RunAsync(Console.Out);
