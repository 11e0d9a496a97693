using AgentStudio.Core.Designs;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Exporting.Python;

/// <summary>Every generated .py file compiles with <c>python3 -m py_compile</c>; the SDK itself cannot be installed here.</summary>
public sealed class PythonCompileTests
{
    [Theory]
    [MemberData(nameof(PythonExportCases.Ids), MemberType = typeof(PythonExportCases))]
    public async Task EveryPythonFile_Compiles(string id)
    {
        await AssertCompilesAsync(PythonExportCases.Export(id));
    }

    [Fact]
    public async Task AwkwardText_IsKeptExactly_AndCompiles()
    {
        // Quotes of both kinds, backslashes, braces, control characters, a line separator and a lone surrogate.
        const string awkward = "He said \"hi\" and 'bye' \\ {braces} \u0001\u2028 \ud800 end";
        var design = PythonExportCases.Load("hybrid-support");
        design = design with
        {
            Name = "Line\nbreak \"design\"",
            Agents = [.. design.Agents.Select(a => a.Id == "triage" ? a with { Instructions = awkward, Name = "Triage \"A\"" } : a)],
        };
        var export = PythonExportCases.Export(design);
        await AssertCompilesAsync(export);

        using var folder = new TemporaryFolder("agentstudio-python");
        PythonExportCases.WriteTo(export, folder.Path);
        var script = "import ast, sys\n"
            + "tree = ast.parse(open('agents_app.py', encoding='utf-8').read())\n"
            + "values = [ast.literal_eval(k.value) for n in ast.walk(tree) if isinstance(n, ast.Call) for k in n.keywords if k.arg == 'instructions']\n"
            + "print(ascii(next(v for v in values if v.startswith('He said'))))\n";
        var (exitCode, output, errors) = await Python3.RunAsync(folder.Path, ["-c", script], TestContext.Current.CancellationToken);
        Assert.True(exitCode == 0, errors);
        Assert.Equal(PythonAscii(awkward), output.TrimEnd('\n'));
    }

    private static async Task AssertCompilesAsync(global::AgentStudio.Core.Exporting.CodeExport export)
    {
        using var folder = new TemporaryFolder("agentstudio-python");
        PythonExportCases.WriteTo(export, folder.Path);
        foreach (var file in export.Files.Where(f => f.Path.EndsWith(".py", StringComparison.Ordinal)))
        {
            var (exitCode, _, errors) = await Python3.RunAsync(folder.Path, ["-m", "py_compile", file.Path], TestContext.Current.CancellationToken);
            Assert.True(exitCode == 0, $"{file.Path} does not compile:\n{errors}\n{file.Content}");
        }
    }

    // What Python's ascii() prints for a str: the value in single quotes with non-ASCII and control characters escaped.
    private static string PythonAscii(string value)
    {
        var text = new System.Text.StringBuilder("'");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' or (>= '\u007f' and <= '\u00ff') => $"\\x{(int)c:x2}",
                > '\u00ff' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.Append('\'').ToString();
    }
}
