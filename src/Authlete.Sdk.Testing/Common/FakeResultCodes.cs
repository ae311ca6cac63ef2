namespace Authlete.Sdk.Testing.Common;

/// <summary>
/// The result codes of the fake. <c>A001101</c> and <c>A001202</c> are Authlete's own (from its OpenAPI examples); every
/// other code is made up for the fake and has the form <c>A9nnxxx</c>, where <c>nn</c> names the API (<c>00</c> the HTTP
/// layer, <c>10</c>–<c>13</c> the CIBA APIs, <c>20</c>–<c>22</c> the device flow APIs, <c>30</c> the token API) and
/// <c>xxx</c> the case: <c>001</c>–<c>099</c> success, <c>1xx</c> malformed API call, <c>2xx</c> client authentication,
/// <c>3xx</c> invalid client request, <c>4xx</c> state (unknown, expired, pending, used). They never change meaning.
/// </summary>
internal static class FakeResultCodes
{
    // HTTP layer.
    public const string ServerError = "A001101";
    public const string AuthorizationHeaderMissing = "A001202";
    public const string ServiceCredentialsWrong = "A900201";
    public const string ServiceIdWrong = "A900202";
    public const string RequestBodyUnreadable = "A900101";
    public const string NotImplemented = "A900501";

    /// <summary>The API exists but not with this HTTP method (HTTP 405).</summary>
    public const string MethodNotAllowed = "A900405";

    // /backchannel/authentication
    public const string BcUserIdentification = "A910001";
    public const string BcMalformed = "A910101";
    public const string BcClientAuthFailed = "A910201";
    public const string BcInvalidRequest = "A910301";
    public const string BcUnauthorizedClient = "A910302";
    public const string BcMissingUserCode = "A910303";
    public const string BcInvalidBindingMessage = "A910304";

    // /backchannel/authentication/issue
    public const string IssueOk = "A911001";
    public const string IssueMalformed = "A911101";
    public const string IssueInvalidTicket = "A911401";

    // /backchannel/authentication/fail
    public const string FailDone = "A912001";
    public const string FailMalformed = "A912101";
    public const string FailInvalidTicket = "A912401";

    // /backchannel/authentication/complete
    public const string CompleteDone = "A913001";
    public const string CompleteMalformed = "A913101";
    public const string CompleteInvalidTicket = "A913401";
    public const string CompleteExpired = "A913402";

    // /device/authorization
    public const string DaOk = "A920001";
    public const string DaMalformed = "A920101";
    public const string DaClientAuthFailed = "A920201";
    public const string DaInvalidRequest = "A920301";
    public const string DaUnauthorizedClient = "A920302";

    // /device/verification
    public const string DvValid = "A921001";
    public const string DvMalformed = "A921101";
    public const string DvNotExist = "A921401";
    public const string DvExpired = "A921402";

    // /device/complete
    public const string DcSuccess = "A922001";
    public const string DcMalformed = "A922101";
    public const string DcNotExist = "A922401";
    public const string DcExpired = "A922402";

    // /auth/token
    public const string TokenOk = "A930001";
    public const string TokenMalformed = "A930101";
    public const string TokenClientAuthFailed = "A930201";
    public const string TokenInvalidRequest = "A930301";
    public const string TokenUnsupportedGrantType = "A930302";
    public const string TokenUnauthorizedClient = "A930303";
    public const string TokenInvalidGrant = "A930401";
    public const string TokenExpired = "A930402";
    public const string TokenPending = "A930403";
    public const string TokenSlowDown = "A930404";
    public const string TokenAccessDenied = "A930405";
    public const string TokenTransactionFailed = "A930406";

    /// <summary>Authlete's message style: the code in brackets, then the text.</summary>
    public static string Message(string code, string text) => "[" + code + "] " + text;
}
