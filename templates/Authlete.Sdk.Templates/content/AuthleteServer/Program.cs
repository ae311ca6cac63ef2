// A CIBA and device flow authorization server on Authlete.Sdk.
//   dotnet run                  → the server (http://localhost:5000); Authlete is the in-memory fake until you configure
//                                 your service: the "Authlete" section (appsettings.json, user secrets, Authlete__ServiceId=...)
//                                 or the AUTHLETE_* environment variables.
//   dotnet run -- --self-test   → starts on 127.0.0.1 with the fake, plays a device flow and a CIBA poll flow against
//                                 itself over HTTP, and exits with 0 only if both end with tokens.
using AuthleteServer;

const string SelfTestSwitch = "--self-test";
bool selfTest = args.Contains(SelfTestSwitch);
WebApplication app = Server.Build([.. args.Where(a => a != SelfTestSwitch)], selfTest);
if (!selfTest)
{
    await app.RunAsync();
    return 0;
}

return await SelfTest.RunAsync(app);
