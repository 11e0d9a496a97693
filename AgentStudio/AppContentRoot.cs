namespace AgentStudio;

/// <summary>
/// Where the web app finds appsettings.json: the folder the app was built or published to, not the directory it was
/// started in. <c>dotnet run</c> starts the app in the user's directory, so that a verb's relative paths mean what the
/// user typed (see EnableDefaultRunWorkingDirectory in the project file).
/// </summary>
internal static class AppContentRoot
{
    /// <summary>
    /// The app's own folder, unless a content root was given (<c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c>):
    /// then null, so that the given one applies.
    /// </summary>
    public static string? For(string[] args)
    {
        var given = new ConfigurationBuilder().AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args).Build()[WebHostDefaults.ContentRootKey];
        return string.IsNullOrWhiteSpace(given) ? AppContext.BaseDirectory : null;
    }
}
