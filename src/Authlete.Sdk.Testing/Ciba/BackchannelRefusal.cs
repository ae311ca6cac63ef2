namespace Authlete.Sdk.Testing.Ciba;

/// <summary>Why a check of a backchannel authentication request refused it: the action, the OAuth error, the result code and the text.</summary>
internal readonly record struct BackchannelRefusal(BackchannelAuthenticationAction Action, string Error, string ResultCode, string Message)
{
    /// <summary>A <c>BAD_REQUEST</c> refusal, the answer of every check after client authentication.</summary>
    public static BackchannelRefusal BadRequest(string error, string resultCode, string message)
        => new(BackchannelAuthenticationAction.BadRequest, error, resultCode, message);
}
