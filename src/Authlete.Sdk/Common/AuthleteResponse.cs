namespace Authlete.Sdk;

/// <summary>
/// The members every Authlete API response has: the result code and message.
/// </summary>
public abstract class AuthleteResponse : AuthleteModel
{
    /// <summary>Authlete's result code, for example <c>A179001</c>. (wire name <c>resultCode</c>)</summary>
    public string? ResultCode { get; set; }

    /// <summary>A human-readable result message that embeds the result code. (wire name <c>resultMessage</c>)</summary>
    public string? ResultMessage { get; set; }
}
