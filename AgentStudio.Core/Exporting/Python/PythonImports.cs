namespace AgentStudio.Core.Exporting.Python;

/// <summary>The imports of one generated module, written as isort's black profile orders them.</summary>
internal sealed class PythonImports
{
    private static readonly HashSet<string> StandardLibrary = new(StringComparer.Ordinal)
    {
        "argparse", "ast", "asyncio", "contextlib", "dataclasses", "datetime", "json", "math", "operator", "os", "sys",
        "typing", "urllib.parse", "zoneinfo",
    };

    private readonly SortedSet<string> _modules = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<string>> _names = new(StringComparer.Ordinal);

    /// <summary>Adds <c>import module</c>.</summary>
    public void Module(string module) => _modules.Add(module);

    /// <summary>Adds <c>from module import name</c>.</summary>
    public void From(string module, string name)
    {
        if (!_names.TryGetValue(module, out var names))
        {
            _names[module] = names = new SortedSet<string>(NameOrder.Instance);
        }

        names.Add(name);
    }

    /// <summary>The import block: standard library, then third-party packages, a blank line between.</summary>
    public string Render()
    {
        var sections = new[] { true, false }
            .Select(standard => Section(standard))
            .Where(s => s.Length > 0);
        return string.Join("\n", sections);
    }

    private string Section(bool standard)
    {
        var lines = new List<string>();
        lines.AddRange(_modules.Where(m => IsStandard(m) == standard).Select(m => "import " + m));
        foreach (var (module, names) in _names.Where(n => IsStandard(n.Key) == standard))
        {
            var head = $"from {module} import ";
            var flat = head + string.Join(", ", names);
            lines.Add(flat.Length <= PythonCode.LineLength
                ? flat
                : head + "(\n" + string.Concat(names.Select(n => PythonCode.Indent + n + ",\n")) + ")");
        }

        return lines.Count == 0 ? "" : string.Join("\n", lines) + "\n";
    }

    private static bool IsStandard(string module) => StandardLibrary.Contains(module);

    // isort's default: CONSTANTS, then Classes, then functions, each alphabetical without regard to case.
    private sealed class NameOrder : IComparer<string>
    {
        public static readonly NameOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var byKind = Kind(x!).CompareTo(Kind(y!));
            if (byKind != 0)
            {
                return byKind;
            }

            var byName = StringComparer.OrdinalIgnoreCase.Compare(x, y);
            return byName != 0 ? byName : StringComparer.Ordinal.Compare(x, y);
        }

        private static int Kind(string name) =>
            name.Length > 1 && name.All(c => !char.IsLower(c)) ? 0 : char.IsUpper(name[0]) ? 1 : 2;
    }
}
