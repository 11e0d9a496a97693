using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Exporting.Python;

/// <summary>
/// The Python export is laid out as black leaves it, as a person who formats their code would have it. Black is
/// Debian's package (test.sh installs it; PyPI is not reachable here).
/// </summary>
public sealed class PythonFormatTests
{
    [Theory]
    [MemberData(nameof(PythonExportCases.Ids), MemberType = typeof(PythonExportCases))]
    public async Task EveryPythonFile_IsAsBlackLeavesIt(string id)
    {
        var export = PythonExportCases.Export(id);
        using var folder = new TemporaryFolder("agentstudio-black");
        PythonExportCases.WriteTo(export, folder.Path);

        var (exitCode, output, errors) = await Python3.BlackAsync(folder.Path, ["--check", "--diff", "--no-color", "."], TestContext.Current.CancellationToken);

        Assert.True(exitCode == 0, exitCode == 1
            ? $"black would reformat the {id} export:\n{errors}\n{output}"
            : $"black did not run: {errors}");
    }
}
