using System.Globalization;
using System.Text;

namespace Authlete.Sdk;

/// <summary>
/// The base of every Authlete API request. A request checks its required members before it is sent.
/// </summary>
public abstract class AuthleteRequest : AuthleteModel
{
    /// <summary>
    /// Checks that the members Authlete requires are set.
    /// </summary>
    /// <exception cref="ArgumentException">A required member is missing; the message and
    /// <see cref="ArgumentException.ParamName"/> name it.</exception>
    public abstract void Validate();

    /// <summary>Throws when a required string member is null or empty.</summary>
    /// <param name="value">The member's value.</param>
    /// <param name="memberName">The member's C# name.</param>
    /// <param name="wireName">The member's wire name.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    protected void Require(string? value, string memberName, string wireName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException(
                $"{GetType().Name}.{memberName} (wire name '{wireName}') is required but was not set.", memberName);
        }
    }

    /// <summary>Writes the members that travel as query parameters (the GET APIs); nothing for the POST APIs, whose members are the JSON body.</summary>
    internal virtual void AppendQuery(StringBuilder query)
    {
    }

    /// <summary>Appends <c>name=value</c> (escaped) when <paramref name="value"/> is set.</summary>
    internal static void AppendQuery(StringBuilder query, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }

    /// <summary>Appends <c>name=true</c> or <c>name=false</c> when <paramref name="value"/> is set.</summary>
    internal static void AppendQuery(StringBuilder query, string name, bool? value)
        => AppendQuery(query, name, value is { } set ? (set ? "true" : "false") : null);

    /// <summary>Appends a whole number when <paramref name="value"/> is set.</summary>
    internal static void AppendQuery(StringBuilder query, string name, long? value)
        => AppendQuery(query, name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Throws when a required enum member is not set.</summary>
    /// <typeparam name="T">The member's type.</typeparam>
    /// <param name="value">The member's value.</param>
    /// <param name="memberName">The member's C# name.</param>
    /// <param name="wireName">The member's wire name.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or its wire string is empty.</exception>
    protected void Require<T>(T? value, string memberName, string wireName) where T : struct
        => Require(value?.ToString(), memberName, wireName);
}
