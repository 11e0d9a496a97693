namespace AgentStudio.Tests.Support;

/// <summary>Locates the repository's folders from the test assembly's output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding AgentStudio.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration the tests were built with (Debug or Release).</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>The AgentStudio project folder.</summary>
    public static string AppProject => Path.Combine(Root, "AgentStudio");

    /// <summary>The AgentStudio build output holding AgentStudio.dll and its static web assets manifest.</summary>
    public static string AppBuildOutput => Path.Combine(AppProject, "bin", Configuration, "net10.0");

    /// <summary>The repository-root wwwroot folder.</summary>
    public static string WebRoot => Path.Combine(Root, "wwwroot");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AgentStudio.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No AgentStudio.sln above {AppContext.BaseDirectory}.");
    }
}
