using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore.Internal;

/// <summary>
/// Why a request form was refused: the <c>invalid_request</c> answer (RFC 6749 §5.2; 413 for an oversized body) and a
/// fixed reason for the log. Descriptions never repeat a value the client sent, and use only the characters RFC 6749
/// allows in <c>error_description</c>.
/// </summary>
internal sealed class FormRejection
{
    private FormRejection(string reason, int statusCode, string description)
    {
        Reason = reason;
        Result = AuthleteResult.Error(statusCode, "invalid_request", description);
    }

    /// <summary>A fixed word for the log; never anything the client sent.</summary>
    public string Reason { get; }

    public AuthleteResult Result { get; }

    public static FormRejection NotPost { get; } = Bad("method", "The request must use the POST method.");

    public static FormRejection NoBody { get; } = Bad(
        "no_body", "The request has no body; the parameters must be sent in an application/x-www-form-urlencoded body.");

    public static FormRejection NoContentType { get; } = Bad(
        "no_content_type", "The request has no Content-Type; the body must be application/x-www-form-urlencoded.");

    public static FormRejection MalformedContentType { get; } = Bad(
        "malformed_content_type", "The Content-Type header is malformed; the body must be application/x-www-form-urlencoded.");

    public static FormRejection Multipart { get; } = Bad(
        "multipart", "multipart/form-data is not accepted; the request body must be application/x-www-form-urlencoded.");

    public static FormRejection WrongMediaType { get; } = Bad("media_type", "The request body must be application/x-www-form-urlencoded.");

    public static FormRejection UnsupportedCharset { get; } = Bad(
        "charset", "The request body must be UTF-8; the charset given in the Content-Type is not supported.");

    public static FormRejection ContentEncoded { get; } = Bad(
        "content_encoding", "The request body must not be compressed or otherwise content-encoded.");

    public static FormRejection Unreadable { get; } = Bad("unreadable_body", "The request body could not be read completely.");

    public static FormRejection NoParameters { get; } = Bad("no_parameters", "The request body has no parameters.");

    public static FormRejection BadPercentEncoding { get; } = Bad(
        "percent_encoding", "The request body is not valid application/x-www-form-urlencoded: a percent-encoding is malformed.");

    public static FormRejection NotUtf8 { get; } = Bad("not_utf8", "A request parameter is not valid UTF-8.");

    public static FormRejection NoName { get; } = Bad("no_name", "A request parameter has no name.");

    public static FormRejection NameTooLong { get; } = Bad(
        "name_too_long", Invariant($"A parameter name is longer than {FormLimits.MaxNameLength} characters."));

    public static FormRejection TooLarge(int maxBodySize)
        => new("body_too_large", StatusCodes.Status413PayloadTooLarge, Invariant($"The request body is larger than {maxBodySize} bytes."));

    public static FormRejection TooManyParameters(int maxParameterCount)
        => Bad("too_many_parameters", Invariant($"The request has more than {maxParameterCount} parameters."));

    public static FormRejection ValueTooLong(string name, int maxValueLength) => Bad("value_too_long", IsPrintable(name)
        ? Invariant($"The value of the parameter {name} is longer than {maxValueLength} characters.")
        : Invariant($"A parameter value is longer than {maxValueLength} characters."));

    public static FormRejection Duplicate(string name) => Bad("duplicate_parameter", IsPrintable(name)
        ? $"The parameter {name} is included more than once."
        : "A parameter is included more than once.");

    private static FormRejection Bad(string reason, string description) => new(reason, StatusCodes.Status400BadRequest, description);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether a parameter name can be named in a description: a short word of letters, digits, '_', '-' and '.'.</summary>
    private static bool IsPrintable(string name)
        => name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
