using System.Text.Json.Nodes;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Serialization;

/// <summary>
/// Upgrades design documents written in older format versions to <see cref="DesignDocument.CurrentVersion"/>
/// before they are read, so every file ever written keeps loading (older versions are migrated, never refused).
/// </summary>
/// <remarks>
/// Each step takes a document of version N and returns it as version N + 1. Version 1 is the first
/// format, so there are no steps yet; the next format change adds its step here and a pinned sample
/// file of the old version to the tests.
/// </remarks>
internal static class DesignMigrations
{
    private static readonly IReadOnlyDictionary<int, Func<JsonObject, JsonObject>> Steps = new Dictionary<int, Func<JsonObject, JsonObject>>();

    /// <summary>Whether a document of <paramref name="version"/> needs upgrading.</summary>
    public static bool NeedsUpgrade(int version) => version < DesignDocument.CurrentVersion;

    /// <summary>Applies every step from <paramref name="version"/> up to the current version.</summary>
    /// <exception cref="InvalidOperationException">A step for one of the versions is missing.</exception>
    public static JsonObject Upgrade(JsonObject document, int version)
    {
        for (var from = version; from < DesignDocument.CurrentVersion; from++)
        {
            if (!Steps.TryGetValue(from, out var step))
            {
                throw new InvalidOperationException($"Format version {from} cannot be upgraded: no migration step is known for it.");
            }

            document = step(document);
            document["version"] = from + 1;
        }

        return document;
    }
}
