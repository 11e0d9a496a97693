using AgentStudio.Core.Templates;

namespace AgentStudio.Tests.Core.Serialization;

/// <summary>The sample design files shipped with the tests, and the built-in templates, as named texts.</summary>
internal static class Samples
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Core", "Serialization", "Samples");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name + ".agentstudio.json"));

    /// <summary>Files in canonical form: the templates and every-kind.</summary>
    public static TheoryData<string> CanonicalNames()
    {
        var data = new TheoryData<string> { "sample:every-kind" };
        foreach (var template in DesignTemplates.All)
        {
            data.Add("template:" + template.Id);
        }

        return data;
    }

    public static string ReadNamed(string name) => name.Split(':') switch
    {
        ["sample", var sample] => Read(sample),
        ["template", var template] => DesignTemplates.ReadJson(template),
        _ => throw new ArgumentException($"Unknown sample {name}"),
    };

    /// <summary>Every design text the tests know, for mutation.</summary>
    public static IReadOnlyList<(string Name, string Json)> All() =>
    [
        ("every-kind", Read("every-kind")),
        ("format-md-example", Read("format-md-example")),
        .. DesignTemplates.All.Select(t => (t.Id, DesignTemplates.ReadJson(t.Id))),
    ];
}
