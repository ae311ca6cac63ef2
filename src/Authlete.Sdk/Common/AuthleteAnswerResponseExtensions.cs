using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>Typed views of the answer in an <see cref="IAuthleteAnswerResponse{TAction}"/>.</summary>
public static class AuthleteAnswerResponseExtensions
{
    /// <summary>Reads <see cref="IAuthleteAnswerResponse{TAction}.ResponseContent"/> as an OAuth error body (RFC 6749 §5.2).</summary>
    /// <typeparam name="TAction">The API's action type.</typeparam>
    /// <param name="response">Authlete's answer.</param>
    /// <returns>The error, or null when there is no response content.</returns>
    /// <exception cref="AuthleteSerializationException">The response content is not a JSON object.</exception>
    public static OAuthError? ReadError<TAction>(this IAuthleteAnswerResponse<TAction> response)
        where TAction : struct, IAuthleteAnswerAction
    {
        ArgumentNullException.ThrowIfNull(response);
        return ResponseContentReader.Read(response.ResponseContent, ResponseContentJsonContext.Default.OAuthError);
    }
}
