namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// The Authlete service the cold-start program (<c>benchmarks/ColdStart</c>, which links this file) calls and the
/// cold-start harness's stand-in answers.
/// </summary>
internal static class ColdStartService
{
    /// <summary>The service ID, in the path of every V3 call.</summary>
    public const string ServiceId = "715948317";

    /// <summary>The service access token the stand-in expects (a made-up value of the usual shape, not a credential).</summary>
    public const string ServiceAccessToken = "pDpxMYbI4Dkk6kSusfRdPU1FKsJVjD3ajAigqjwWqWk";

    /// <summary>The one API called.</summary>
    public const string Api = "backchannel/authentication/complete";

    /// <summary>The path of the one call: <c>/backchannel/authentication/complete</c> of the V3 API.</summary>
    public const string Path = "/api/" + ServiceId + "/" + Api;

    /// <summary>The <c>action</c> of the stand-in's answer, which the program checks.</summary>
    public const string ExpectedAction = "NOTIFICATION";
}
