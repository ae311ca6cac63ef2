namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/device/complete</c> API: the end-user's decision on a device flow.
/// </summary>
public sealed class DeviceCompleteRequest : AuthleteCompleteRequest
{
    /// <summary>The user code the end-user entered. Required (wire name <c>userCode</c>)</summary>
    public string? UserCode { get; set; }

    /// <summary>The outcome of end-user authentication and authorization. Required (wire name <c>result</c>)</summary>
    public DeviceCompleteResult? Result { get; set; }

    /// <inheritdoc />
    public override void Validate()
    {
        Require(UserCode, nameof(UserCode), "userCode");
        Require(Result, nameof(Result), "result");
        Require(Subject, nameof(Subject), "subject");
    }
}
