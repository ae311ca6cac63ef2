using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// Per-request options for OAuth Client ID Metadata Documents (CIMD); each overrides the service's setting.
/// </summary>
public sealed class CimdOptions : AuthleteModel
{
    /// <summary>Whether to retrieve the metadata document every time instead of using a cached copy. (wire name <c>alwaysRetrieved</c>)</summary>
    public bool? AlwaysRetrieved { get; set; }

    /// <summary>Whether a metadata document URL may use plain <c>http</c>. (wire name <c>httpPermitted</c>)</summary>
    public bool? HttpPermitted { get; set; }

    /// <summary>Whether a metadata document URL may have a query component. (wire name <c>queryPermitted</c>)</summary>
    public bool? QueryPermitted { get; set; }
}
