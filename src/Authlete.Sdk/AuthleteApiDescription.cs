namespace Authlete.Sdk;

/// <summary>
/// Describes one Authlete API: its name, its path, its HTTP method, and its request, response and action types. The
/// client, the fake (<c>Authlete.Sdk.Testing</c>), the ASP.NET Core layer and the tests all read these descriptions, so
/// an API is declared once; the meaning of each action, and its HTTP answer, is declared beside the action type.
/// </summary>
/// <remarks>The instances are in <see cref="AuthleteApis"/>; there are no others.</remarks>
public abstract class AuthleteApiDescription
{
    private protected AuthleteApiDescription(string name, string path, HttpMethod method, Type requestType, Type responseType, Type? actionType)
    {
        Name = name;
        Path = path;
        Method = method;
        RequestType = requestType;
        ResponseType = responseType;
        ActionType = actionType;
        ActivityName = "Authlete " + path;
    }

    /// <summary>The API's name in this SDK, for example <c>DeviceAuthorization</c>: its method is <c>DeviceAuthorizationAsync</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// The path below the service's API root, for example <c>device/authorization</c>: <c>/api/device/authorization</c>
    /// in version 2, <c>/api/{serviceId}/device/authorization</c> in version 3. Also the <c>authlete.api</c> tag of
    /// traces and metrics.
    /// </summary>
    public string Path { get; }

    /// <summary>The HTTP method of the API.</summary>
    public HttpMethod Method { get; }

    /// <summary>The request type.</summary>
    public Type RequestType { get; }

    /// <summary>The response type.</summary>
    public Type ResponseType { get; }

    /// <summary>
    /// The type of the response's <c>action</c>, an extensible enum whose members say what each action means; null for
    /// the APIs whose answer is a document with no action (the discovery document, the JWK Set).
    /// </summary>
    public Type? ActionType { get; }

    /// <summary>The name of the trace span of a call: <c>Authlete {Path}</c>.</summary>
    internal string ActivityName { get; }

    /// <summary>The position of the API in <see cref="AuthleteApis.All"/>, set when the list is built.</summary>
    internal int Index { get; set; }

    /// <summary>Returns the path.</summary>
    /// <returns>The <see cref="Path"/>, as Authlete's documentation writes it: <c>/device/authorization</c>.</returns>
    public override string ToString() => "/" + Path;
}
