namespace Authlete.Sdk.AspNetCore.Internal;

/// <summary>The parameters of a request form, or why it was refused (and the exception behind it, for the log).</summary>
internal sealed class FormReadResult
{
    private FormReadResult(IReadOnlyList<KeyValuePair<string, string?>>? parameters, FormRejection? rejection, Exception? exception)
    {
        Parameters = parameters;
        Rejection = rejection;
        Exception = exception;
    }

    public IReadOnlyList<KeyValuePair<string, string?>>? Parameters { get; }

    public FormRejection? Rejection { get; }

    public Exception? Exception { get; }

    public static FormReadResult Read(IReadOnlyList<KeyValuePair<string, string?>> parameters) => new(parameters, null, null);

    public static FormReadResult Refused(FormRejection rejection, Exception? exception = null) => new(null, rejection, exception);

    public static implicit operator FormReadResult(FormRejection rejection) => Refused(rejection);
}
