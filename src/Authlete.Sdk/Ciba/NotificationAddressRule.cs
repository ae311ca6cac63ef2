namespace Authlete.Sdk;

/// <summary>Why an address is not a public destination: the rule's name (with its range) and whether it is a private network.</summary>
/// <param name="Name">The rule, for example <c>loopback (127.0.0.0/8)</c>.</param>
/// <param name="IsPrivateNetwork">True for the ranges <see cref="CibaNotificationSenderOptions.AllowPrivateNetworks"/> allows.</param>
internal sealed record NotificationAddressRule(string Name, bool IsPrivateNetwork);
