namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The server side of the RFC 8628 verification page: checks the user code the user entered (<c>/device/verification</c>)
/// and records their decision (<c>/device/complete</c>). An interface so that a host's page logic can be unit-tested
/// with a test double; <see cref="DeviceVerificationService"/> is the implementation <c>AddAuthleteAspNetCore</c> registers.
/// </summary>
public interface IDeviceVerificationService
{
    /// <summary>Checks a user code the user entered.</summary>
    /// <param name="userCode">What the user typed: spaces, dashes and case are ignored (RFC 8628 §6.1; see <see cref="DeviceVerificationService.NormalizeUserCode"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; failures are reported (and logged), not thrown.</returns>
    /// <exception cref="ArgumentException"><paramref name="userCode"/> is null or empty.</exception>
    Task<DeviceVerificationOutcome> VerifyAsync(string userCode, CancellationToken cancellationToken = default);

    /// <summary>Records the user's decision.</summary>
    /// <param name="userCode">What the user typed: spaces, dashes and case are ignored.</param>
    /// <param name="subject">The user's subject.</param>
    /// <param name="result">The decision.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; failures are reported (and logged), not thrown.</returns>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    Task<DeviceCompleteOutcome> CompleteAsync(string userCode, string subject, DeviceCompleteResult result, CancellationToken cancellationToken = default);

    /// <summary>Records the user's decision with every option of <c>/device/complete</c> (claims, ACR, token durations...).</summary>
    /// <param name="request">The request; its <see cref="DeviceCompleteRequest.UserCode"/> is normalized in place (spaces, dashes and case ignored).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; failures are reported (and logged), not thrown.</returns>
    /// <exception cref="ArgumentException">A required member of the request is missing.</exception>
    Task<DeviceCompleteOutcome> CompleteAsync(DeviceCompleteRequest request, CancellationToken cancellationToken = default);
}
