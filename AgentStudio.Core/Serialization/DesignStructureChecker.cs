using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation;

namespace AgentStudio.Core.Serialization;

/// <summary>
/// Walks a parsed design file and reports every structural problem (missing or mistyped properties,
/// unknown kinds and values, duplicate ids) with its JSON path, so that deserialization afterwards
/// only ever sees a well-shaped document. Unknown properties are not problems: they are kept.
/// </summary>
internal sealed class DesignStructureChecker
{
    private readonly List<DesignProblem> _problems = [];
    private readonly Dictionary<string, string> _nodeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _edgeIds = new(StringComparer.Ordinal);

    private DesignStructureChecker()
    {
    }

    /// <summary>Checks the root of a design file whose format and version were already checked.</summary>
    public static IReadOnlyList<DesignProblem> Check(JsonElement root)
    {
        var checker = new DesignStructureChecker();
        checker.CheckDocument(root);
        return checker._problems;
    }

    private void CheckDocument(JsonElement root)
    {
        const string path = JsonPaths.Root;
        RequireString(root, path, "name", "The design");
        OptionalString(root, path, "description");
        OptionalString(root, path, "entry");
        CheckArray(root, path, "agents", CheckAgent);
        CheckArray(root, path, "tools", CheckTool);
        CheckArray(root, path, "edges", CheckEdge);
        CheckArray(root, path, "notes", CheckNote);
        CheckLayout(root, path);
    }

    private void CheckAgent(JsonElement agent, string path)
    {
        var id = RequireId(agent, path, "agent", _nodeIds);
        var label = id is null ? $"The agent at {path}" : $"Agent '{id}'";
        RequireString(agent, path, "name", label);
        OptionalString(agent, path, "instructions");
        OptionalString(agent, path, "handoffDescription");
        OptionalString(agent, path, "model");
        OptionalEnum(agent, path, "toolUseBehavior", ["run_llm_again", "stop_on_first_tool"]);
        if (Optional(agent, path, "outputSchema", JsonValueKind.Object, "a JSON Schema object") is { } _)
        {
            // The schema's own validity is a validation rule, not a loading problem.
        }

        if (Optional(agent, path, "modelSettings", JsonValueKind.Object, "an object") is { } settings)
        {
            var settingsPath = JsonPaths.Property(path, "modelSettings");
            OptionalNumber(settings, settingsPath, "temperature", wholeNumber: false);
            OptionalNumber(settings, settingsPath, "topP", wholeNumber: false);
            OptionalNumber(settings, settingsPath, "maxOutputTokens", wholeNumber: true);
            OptionalBoolean(settings, settingsPath, "parallelToolCalls");
            OptionalString(settings, settingsPath, "toolChoice");
        }
    }

    private void CheckTool(JsonElement tool, string path)
    {
        var id = RequireId(tool, path, "tool", _nodeIds);
        var label = id is null ? $"The tool at {path}" : $"Tool '{id}'";
        RequireString(tool, path, "name", label);
        OptionalString(tool, path, "description");
        switch (RequireKind(tool, path, label, ToolKinds.All))
        {
            case ToolKinds.Builtin:
                OptionalString(tool, path, "builtin");
                break;
            case ToolKinds.Mock:
                Optional(tool, path, "parameters", JsonValueKind.Object, "a JSON Schema object");
                OptionalString(tool, path, "response");
                break;
            case ToolKinds.Http:
                Optional(tool, path, "parameters", JsonValueKind.Object, "a JSON Schema object");
                OptionalString(tool, path, "method");
                OptionalString(tool, path, "url");
                OptionalString(tool, path, "body");
                OptionalStringMap(tool, path, "headers");
                break;
            case ToolKinds.Mcp:
                OptionalString(tool, path, "command");
                OptionalStringList(tool, path, "arguments");
                OptionalStringMap(tool, path, "environment");
                OptionalString(tool, path, "url");
                OptionalStringMap(tool, path, "headers");
                OptionalStringList(tool, path, "allowedTools");
                break;
        }
    }

    private void CheckEdge(JsonElement edge, string path)
    {
        var id = RequireId(edge, path, "edge", _edgeIds);
        var label = id is null ? $"The edge at {path}" : $"Edge '{id}'";
        RequireString(edge, path, "from", label);
        RequireString(edge, path, "to", label);
        OptionalString(edge, path, "toolName");
        OptionalString(edge, path, "description");
        if (RequireKind(edge, path, label, [EdgeKinds.Tool, EdgeKinds.Handoff]) == EdgeKinds.Handoff)
        {
            OptionalEnum(edge, path, "historyFilter", ["all", "no_tools"]);
        }
    }

    private void CheckNote(JsonElement note, string path)
    {
        RequireId(note, path, "note", _nodeIds);
        OptionalString(note, path, "text");
    }

    private void CheckLayout(JsonElement root, string path)
    {
        if (Optional(root, path, "layout", JsonValueKind.Object, "an object of positions by id") is not { } layout)
        {
            return;
        }

        var layoutPath = JsonPaths.Property(path, "layout");
        foreach (var entry in layout.EnumerateObject())
        {
            var entryPath = JsonPaths.Property(layoutPath, entry.Name);
            if (entry.Value.ValueKind != JsonValueKind.Object)
            {
                Report(ProblemCodes.WrongType, entryPath, $"The position of '{entry.Name}' must be an object like {{ \"x\": 80, \"y\": 120 }}, but it is {Describe(entry.Value)}.");
                continue;
            }

            foreach (var axis in new[] { "x", "y" })
            {
                if (!entry.Value.TryGetProperty(axis, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    Report(ProblemCodes.MissingProperty, JsonPaths.Property(entryPath, axis), $"The position of '{entry.Name}' has no {axis}.");
                }
                else if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    Report(ProblemCodes.WrongType, JsonPaths.Property(entryPath, axis), $"{axis} of the position of '{entry.Name}' must be a number, but it is {Describe(value)}.");
                }
            }
        }
    }

    private void CheckArray(JsonElement parent, string path, string name, Action<JsonElement, string> checkItem)
    {
        var arrayPath = JsonPaths.Property(path, name);
        if (!parent.TryGetProperty(name, out var array))
        {
            return;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Report(ProblemCodes.WrongType, arrayPath, $"{name} must be an array, but it is {Describe(array)}.");
            return;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = JsonPaths.Item(arrayPath, index++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                Report(ProblemCodes.NotAnObject, itemPath, $"Each item of {name} must be an object, but the one at {itemPath} is {Describe(item)}.");
                continue;
            }

            checkItem(item, itemPath);
        }
    }

    private string? RequireId(JsonElement item, string path, string what, Dictionary<string, string> seen)
    {
        var id = RequireString(item, path, "id", $"The {what} at {path}");
        if (id is null)
        {
            return null;
        }

        var idPath = JsonPaths.Property(path, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            Report(ProblemCodes.InvalidValue, idPath, $"The {what} at {path} has a blank id; give it a short unique slug such as \"billing\".");
            return null;
        }

        if (!seen.TryAdd(id, idPath))
        {
            Report(ProblemCodes.DuplicateId, idPath, $"The id '{id}' is used twice, at {seen[id]} and at {idPath}; ids must be unique.");
        }

        return id;
    }

    private string? RequireKind(JsonElement item, string path, string label, IReadOnlyList<string> kinds)
    {
        var kind = RequireString(item, path, "kind", label);
        if (kind is not null && !kinds.Contains(kind))
        {
            Report(ProblemCodes.UnknownKind, JsonPaths.Property(path, "kind"), $"{label} has the unknown kind '{kind}'; the kinds are {string.Join(", ", kinds)}.");
            return null;
        }

        return kind;
    }

    private string? RequireString(JsonElement item, string path, string name, string label)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Report(ProblemCodes.MissingProperty, JsonPaths.Property(path, name), $"{label} has no {name}.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Report(ProblemCodes.WrongType, JsonPaths.Property(path, name), $"{name} of {Lower(label)} must be a string, but it is {Describe(value)}.");
            return null;
        }

        return value.GetString();
    }

    private JsonElement? Optional(JsonElement item, string path, string name, JsonValueKind kind, string expected)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != kind)
        {
            Report(ProblemCodes.WrongType, JsonPaths.Property(path, name), $"{name} at {path} must be {expected}, but it is {Describe(value)}.");
            return null;
        }

        return value;
    }

    private void OptionalString(JsonElement item, string path, string name) => Optional(item, path, name, JsonValueKind.String, "a string");

    private void OptionalBoolean(JsonElement item, string path, string name)
    {
        if (item.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
        {
            Report(ProblemCodes.WrongType, JsonPaths.Property(path, name), $"{name} at {path} must be true or false, but it is {Describe(value)}.");
        }
    }

    private void OptionalNumber(JsonElement item, string path, string name, bool wholeNumber)
    {
        if (Optional(item, path, name, JsonValueKind.Number, wholeNumber ? "a whole number" : "a number") is not { } value)
        {
            return;
        }

        var fits = wholeNumber ? value.TryGetInt32(out _) : value.TryGetDouble(out var number) && double.IsFinite(number);
        if (!fits)
        {
            Report(ProblemCodes.InvalidValue, JsonPaths.Property(path, name), $"{name} at {path} must be {(wholeNumber ? "a whole number" : "a finite number")}, but it is {value.GetRawText()}.");
        }
    }

    private void OptionalEnum(JsonElement item, string path, string name, IReadOnlyList<string> allowed)
    {
        if (Optional(item, path, name, JsonValueKind.String, "a string") is { } value && !allowed.Contains(value.GetString()))
        {
            Report(ProblemCodes.InvalidValue, JsonPaths.Property(path, name), $"{name} at {path} is '{value.GetString()}', but it must be one of: {string.Join(", ", allowed)}.");
        }
    }

    private void OptionalStringList(JsonElement item, string path, string name)
    {
        if (Optional(item, path, name, JsonValueKind.Array, "an array of strings") is not { } list)
        {
            return;
        }

        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.String)
            {
                Report(ProblemCodes.WrongType, JsonPaths.Item(JsonPaths.Property(path, name), index), $"Each item of {name} at {path} must be a string, but item {index} is {Describe(entry)}.");
            }

            index++;
        }
    }

    private void OptionalStringMap(JsonElement item, string path, string name)
    {
        if (Optional(item, path, name, JsonValueKind.Object, "an object of strings") is not { } map)
        {
            return;
        }

        foreach (var entry in map.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                Report(ProblemCodes.WrongType, JsonPaths.Property(JsonPaths.Property(path, name), entry.Name), $"{name}['{entry.Name}'] at {path} must be a string, but it is {Describe(entry.Value)}.");
            }
        }
    }

    // Messages quote ids and names from the file, which may be megabytes long.
    private void Report(string code, string path, string message) =>
        _problems.Add(new DesignProblem(code, ProblemSeverity.Error, DesignProblemLimits.Clip(message), path));

    private static string Lower(string label) => label.Length > 0 ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    /// <summary>Names a JSON value's type the way a person would: "a number", "an array", "null".</summary>
    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "missing",
    };
}
