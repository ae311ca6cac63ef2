using System.Text.Json;

namespace Authlete.Sdk.Testing;

/// <summary>The request checks every API shares.</summary>
public sealed partial class FakeAuthlete
{
    /// <summary>The problem of a request that misses a required member (an API call Authlete would refuse), or null.</summary>
    private static string? Malformed(AuthleteRequest request)
    {
        try
        {
            request.Validate();
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Checks the ID token and access token details of a complete request (CIBA or device flow); throws for the ones not implemented.</summary>
    private static string? DecisionProblem(AuthleteCompleteRequest request)
    {
        if (request.IdtHeaderParams is not null)
        {
            throw FakeAuthleteNotSupportedException.For("extra ID token header parameters (idtHeaderParams)");
        }

        if (request.JwtAtClaims is not null)
        {
            throw FakeAuthleteNotSupportedException.For("JWT access tokens (jwtAtClaims); it issues opaque access tokens only");
        }

        if (request.IdTokenAudType is not null and not "array" and not "string")
        {
            return "idTokenAudType must be \"array\", \"string\" or absent.";
        }

        if (request.Claims is not null)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(request.Claims);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return "claims must be the text of a JSON object.";
                }
            }
            catch (JsonException)
            {
                return "claims must be the text of a JSON object.";
            }
        }

        return null;
    }
}
