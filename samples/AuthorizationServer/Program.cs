// The sample authorization server: `dotnet run --project samples/AuthorizationServer`, then open http://localhost:5000/.
// Without configuration it runs on the embedded fake Authlete; set the "Authlete" section (appsettings.json, user
// secrets, Authlete__ServiceId=...) or the AUTHLETE_* variables to use your Authlete service. See docs/getting-started.md.
using Authlete.Samples.AuthorizationServer;

SampleAuthorizationServer.Build(args).Run();
