using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/device/verification</c> API: checks the user code an end-user entered.
/// </summary>
public sealed class DeviceVerificationRequest : AuthleteRequest
{
    /// <summary>The user code the end-user entered. Required (wire name <c>userCode</c>)</summary>
    public string? UserCode { get; set; }

    /// <inheritdoc />
    public override void Validate() => Require(UserCode, nameof(UserCode), "userCode");
}
