namespace AgentStudio.Security;

/// <summary>
/// Whether people must sign in, decided once at start-up: yes when the app listens on anything but loopback
/// or <see cref="SecurityOptions.RequireSignIn"/> says so; otherwise the local user is an administrator.
/// </summary>
/// <param name="IsRequired">Whether sign-in is required.</param>
public sealed record SignInRequirement(bool IsRequired)
{
    /// <summary>Decides from the app's configuration.</summary>
    public static SignInRequirement From(IConfiguration configuration)
    {
        var options = configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        return new SignInRequirement(options.RequireSignIn || !ListeningAddresses.OnlyLoopback(configuration));
    }
}
