using System.Reflection;
using AgentStudio.Core.Serialization;

namespace AgentStudio.Core.Templates;

/// <summary>The built-in templates, shipped as embedded <c>.agentstudio.json</c> resources of this assembly.</summary>
public static class DesignTemplates
{
    private const string ResourcePrefix = "AgentStudio.Templates.";
    private const string ResourceSuffix = ".agentstudio.json";

    private static readonly Lazy<IReadOnlyList<DesignTemplate>> LoadedTemplates = new(LoadAll);

    /// <summary>Every built-in template, in the order the resources are named.</summary>
    public static IReadOnlyList<DesignTemplate> All => LoadedTemplates.Value;

    /// <summary>Finds a template by id.</summary>
    /// <param name="id">The template's id, for example <c>customer-support</c>.</param>
    /// <returns>The template, or <see langword="null"/> when there is none with that id.</returns>
    public static DesignTemplate? Find(string id) => All.FirstOrDefault(t => t.Id == id);

    /// <summary>The raw JSON text of a template as shipped.</summary>
    /// <param name="id">The template's id.</param>
    /// <returns>The resource's text.</returns>
    /// <exception cref="KeyNotFoundException">No template has that id.</exception>
    public static string ReadJson(string id)
    {
        using var stream = typeof(DesignTemplates).Assembly.GetManifestResourceStream(ResourcePrefix + id + ResourceSuffix)
            ?? throw new KeyNotFoundException($"There is no built-in template '{id}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<DesignTemplate> LoadAll()
    {
        var assembly = typeof(DesignTemplates).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => n[ResourcePrefix.Length..^ResourceSuffix.Length])
            .Select(id => new DesignTemplate(id, LoadShipped(id)))
            .ToList();
    }

    // A shipped template that does not load is a build defect, caught by the template tests.
    private static Designs.DesignDocument LoadShipped(string id)
    {
        var result = DesignSerializer.Load(ReadJson(id));
        return result.Design ?? throw new InvalidOperationException(
            $"Built-in template '{id}' does not load: {string.Join("; ", result.Problems)}");
    }
}
