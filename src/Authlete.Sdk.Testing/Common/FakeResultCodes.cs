namespace Authlete.Sdk.Testing.Common;

/// <summary>
/// The result codes of the fake. <c>A001101</c> and <c>A001202</c> are Authlete's own (from its OpenAPI examples); every
/// other code is made up for the fake and has the form <c>A9nnxxx</c>, where <c>nn</c> names the API (<c>00</c> the HTTP
/// layer, <c>10</c>–<c>13</c> the CIBA APIs, <c>20</c>–<c>22</c> the device flow APIs, <c>30</c>–<c>32</c> the token, token issue and token fail APIs, <c>40</c>–<c>41</c>
/// introspection and standard introspection, <c>50</c>–<c>51</c> UserInfo and UserInfo issue, <c>60</c> revocation) and
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
    public const string TokenPassword = "A930002";
    public const string TokenMissingCredentials = "A930304";
    public const string TokenInvalidScope = "A930305";

    // /auth/token/issue
    public const string TiOk = "A931001";
    public const string TiMalformed = "A931101";
    public const string TiInvalidTicket = "A931401";

    // /auth/token/fail
    public const string TfDone = "A932001";
    public const string TfMalformed = "A932101";
    public const string TfInvalidTicket = "A932401";

    // /auth/introspection
    public const string InOk = "A940001";
    public const string InMissingToken = "A940101";
    public const string InInsufficientScope = "A940301";
    public const string InSubjectMismatch = "A940302";
    public const string InUnknownToken = "A940401";
    public const string InExpiredToken = "A940402";

    // /auth/introspection/standard
    public const string SiActive = "A941001";
    public const string SiInactive = "A941002";
    public const string SiMalformed = "A941101";
    public const string SiInvalidRequest = "A941301";

    // /auth/userinfo
    public const string UiOk = "A950001";
    public const string UiMissingToken = "A950101";
    public const string UiNoOpenId = "A950301";
    public const string UiUnknownToken = "A950401";
    public const string UiExpiredToken = "A950402";

    // /auth/userinfo/issue
    public const string UiiOk = "A951001";
    public const string UiiMalformed = "A951101";
    public const string UiiNoOpenId = "A951301";
    public const string UiiUnknownToken = "A951401";
    public const string UiiExpiredToken = "A951402";

    // /auth/revocation
    public const string RvOk = "A960001";
    public const string RvMalformed = "A960101";
    public const string RvClientAuthFailed = "A960201";
    public const string RvInvalidRequest = "A960301";
    public const string RvOtherClient = "A960302";

    /// <summary>Authlete's message style: the code in brackets, then the text.</summary>
    public static string Message(string code, string text) => "[" + code + "] " + text;
}
