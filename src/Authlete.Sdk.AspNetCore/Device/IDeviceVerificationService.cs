namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The server side of the RFC 8628 verification page: checks the user code the user entered (<c>/device/verification</c>)
/// and records their decision (<c>/device/complete</c>). An interface so that a host's page logic can be unit-tested
/// with a test double; <see cref="DeviceVerificationService"/> is the implementation <c>AddAuthleteAspNetCore</c> registers.
/// </summary>
public interface IDeviceVerificationService
{
    /// <summary>Checks a user code the user entered.</summary>
    /// <param name="userCode">The user code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; failures are reported (and logged), not thrown.</returns>
    /// <exception cref="ArgumentException"><paramref name="userCode"/> is null or empty.</exception>
    Task<DeviceVerificationOutcome> VerifyAsync(string userCode, CancellationToken cancellationToken = default);

    /// <summary>Records the user's decision.</summary>
    /// <param name="userCode">The user code.</param>
    /// <param name="subject">The user's subject.</param>
    /// <param name="result">The decision.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; failures are reported (and logged), not thrown.</returns>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    Task<DeviceCompleteOutcome> CompleteAsync(string userCode, string subject, DeviceCompleteResult result, CancellationToken cancellationToken = default);

    /// <summary>Records the user's decision with every option of <c>/device/complete</c> (claims, ACR, token durations...).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; failures are reported (and logged), not thrown.</returns>
    /// <exception cref="ArgumentException">A required member of the request is missing.</exception>
    Task<DeviceCompleteOutcome> CompleteAsync(DeviceCompleteRequest request, CancellationToken cancellationToken = default);
}
