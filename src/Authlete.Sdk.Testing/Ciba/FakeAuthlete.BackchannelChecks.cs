using System.Globalization;
using System.Text.Json;
using Authlete.Sdk.Testing.Ciba;
using Authlete.Sdk.Testing.Common;
using C = Authlete.Sdk.Testing.Common.FakeResultCodes;

namespace Authlete.Sdk.Testing;

/// <summary>The checks of a backchannel authentication request once its client is authenticated, in the order Authlete makes them.</summary>
public sealed partial class FakeAuthlete
{
    private const int MaxClientNotificationTokenLength = 1024;

    /// <summary>Step 2: the client must have a token delivery mode, and the kept scopes must contain <c>openid</c>.</summary>
    private BackchannelRefusal? CheckCibaClientAndScope(FakeClient client, FormParameters form, out DeliveryMode deliveryMode, out List<string> scopes)
    {
        scopes = [];
        if (client.DeliveryMode is not { } mode)
        {
            deliveryMode = default;
            return BackchannelRefusal.BadRequest("unauthorized_client", C.BcUnauthorizedClient,
                $"The client '{client.ClientId}' is not registered for CIBA (it has no token delivery mode).");
        }

        deliveryMode = mode;
        scopes = FilterScopes(form.GetTokens("scope"), client);
        return scopes.Contains("openid")
            ? null
            : BackchannelRefusal.BadRequest("invalid_request", C.BcInvalidRequest, "The 'scope' request parameter must contain 'openid' (CIBA Core §7.1).");
    }

    /// <summary>Step 3: exactly one of the three hints; an <c>id_token_hint</c> must be an ID token of this fake, whose <c>sub</c> is kept.</summary>
    private BackchannelRefusal? ReadHint(FormParameters form, out CibaHint hint)
    {
        hint = default;
        var hints = new List<CibaHint>();
        if (form.Get("login_hint") is { } loginHint)
        {
            hints.Add(new CibaHint(UserIdentificationHintType.LoginHint, loginHint, null));
        }

        if (form.Get("id_token_hint") is { } idTokenHint)
        {
            hints.Add(new CibaHint(UserIdentificationHintType.IdTokenHint, idTokenHint, null));
        }

        if (form.Get("login_hint_token") is { } loginHintToken)
        {
            hints.Add(new CibaHint(UserIdentificationHintType.LoginHintToken, loginHintToken, null));
        }

        if (hints.Count != 1)
        {
            return BackchannelRefusal.BadRequest("invalid_request", C.BcInvalidRequest,
                $"Exactly one of login_hint, id_token_hint and login_hint_token is required, but {hints.Count} were given (CIBA Core §7.1).");
        }

        hint = hints[0];
        if (hint.Type != UserIdentificationHintType.IdTokenHint)
        {
            return null;
        }

        hint = hint with { Sub = ReadIdTokenHintSubject(hint.Value) };
        return hint.Sub is not null
            ? null
            : BackchannelRefusal.BadRequest("invalid_request", C.BcInvalidRequest,
                "The id_token_hint is not an ID token this service issued (bad signature, issuer or format).");
    }

    /// <summary>Step 4: <c>client_notification_token</c>, <c>binding_message</c>, <c>user_code</c> and <c>requested_expiry</c>.</summary>
    private BackchannelRefusal? CheckBackchannelParameters(FormParameters form, FakeClient client, DeliveryMode deliveryMode, out BackchannelParameters parameters)
    {
        parameters = default;
        string? notificationToken = form.Get("client_notification_token");
        if (CheckNotificationToken(notificationToken, deliveryMode) is { } badToken)
        {
            return badToken;
        }

        string? bindingMessage = form.Get("binding_message");
        if (bindingMessage is not null && bindingMessage.Length > Settings.BindingMessageMaxLength)
        {
            return BackchannelRefusal.BadRequest("invalid_binding_message", C.BcInvalidBindingMessage,
                $"The 'binding_message' is longer than {Settings.BindingMessageMaxLength} characters.");
        }

        string? userCode = form.Get("user_code");
        bool userCodeRequired = Settings.BackchannelUserCodeParameterSupported && client.UserCodeRequired;
        if (userCodeRequired && userCode is null)
        {
            return BackchannelRefusal.BadRequest("missing_user_code", C.BcMissingUserCode, "The client requires a 'user_code', but the request has none.");
        }

        int requestedExpiry = 0;
        if (form.Get("requested_expiry") is { } expiryText
            && (!int.TryParse(expiryText, NumberStyles.None, CultureInfo.InvariantCulture, out requestedExpiry) || requestedExpiry <= 0))
        {
            return BackchannelRefusal.BadRequest("invalid_request", C.BcInvalidRequest, "The 'requested_expiry' must be a positive integer (seconds).");
        }

        parameters = new BackchannelParameters(notificationToken, bindingMessage, userCode, userCodeRequired, requestedExpiry);
        return null;
    }

    /// <summary>Ping and push clients must send a <c>client_notification_token</c> of a bounded length; poll clients need none.</summary>
    private static BackchannelRefusal? CheckNotificationToken(string? notificationToken, DeliveryMode deliveryMode)
    {
        if (deliveryMode == DeliveryMode.Poll)
        {
            return null;
        }

        if (notificationToken is null)
        {
            return BackchannelRefusal.BadRequest("invalid_request", C.BcInvalidRequest,
                $"The client uses the {deliveryMode.Value} mode, so 'client_notification_token' is required (CIBA Core §7.1).");
        }

        return notificationToken.Length > MaxClientNotificationTokenLength
            ? BackchannelRefusal.BadRequest("invalid_request", C.BcInvalidRequest,
                $"The 'client_notification_token' is longer than {MaxClientNotificationTokenLength} characters.")
            : null;
    }

    /// <summary>Reads the <c>sub</c> of an <c>id_token_hint</c>, which must be an ID token this fake signed (expired ones are fine).</summary>
    private string? ReadIdTokenHintSubject(string idToken)
    {
        string[] parts = idToken.Split('.');
        if (parts.Length != 3 || !SigningKey.Verify(idToken))
        {
            return null;
        }

        try
        {
            using JsonDocument payload = JsonDocument.Parse(FakeSigningKey.Base64UrlDecode(parts[1]));
            JsonElement root = payload.RootElement;
            return root.TryGetProperty("iss", out JsonElement iss) && iss.GetString() == IssuerString
                && root.TryGetProperty("sub", out JsonElement sub) && sub.ValueKind == JsonValueKind.String
                ? sub.GetString()
                : null;
        }
        // Stryker disable once Equality : unreachable; a token whose signature verifies was signed by this fake over a payload it wrote as JSON, which always parses
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }
}
