using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;
using AgentStudio.Diagram;

namespace AgentStudio.Designer;

/// <summary>One undoable step: what it does (for undo's tooltip) and the pure change of the design.</summary>
/// <param name="Description">What the change does, e.g. "Rename agent".</param>
/// <param name="Apply">The change, from one design to the next.</param>
public readonly record struct EditCommand(string Description, Func<DesignDocument, DesignDocument> Apply);

/// <summary>
/// Turns the property panel's named edits into design commands. Here, not in the fields, is where values are
/// normalised: blank text becomes "not set", and defaults are not written into the file.
/// </summary>
public static class DesignEditCommands
{
    /// <summary>The command <paramref name="edit"/> stands for.</summary>
    public static EditCommand For(DesignEdit edit) => edit switch
    {
        RenameAgent e => new("Rename agent", d => Agent(d, e.AgentId, a => a with { Name = e.Name })),
        SetAgentModel e => new("Change model", d => Agent(d, e.AgentId, a => a with { Model = e.Model })),
        SetInstructions e => new("Edit instructions", d => Agent(d, e.AgentId, a => a with { Instructions = e.Instructions })),
        SetHandoffDescription e => new("Edit handoff description", d => Agent(d, e.AgentId, a => a with { HandoffDescription = e.Description })),
        SetToolUseBehavior e => new("Change tool use behaviour", d => Agent(d, e.AgentId, a => a with { ToolUseBehavior = e.Behavior == ToolUseBehavior.RunLlmAgain ? null : e.Behavior })),
        SetTemperature e => new("Change temperature", d => Settings(d, e.AgentId, m => m with { Temperature = e.Temperature })),
        SetTopP e => new("Change top P", d => Settings(d, e.AgentId, m => m with { TopP = e.TopP })),
        SetMaxOutputTokens e => new("Change max output tokens", d => Settings(d, e.AgentId, m => m with { MaxOutputTokens = e.MaxOutputTokens })),
        SetParallelToolCalls e => new("Change parallel tool calls", d => Settings(d, e.AgentId, m => m with { ParallelToolCalls = e.Allowed })),
        SetToolChoice e => new("Change tool choice", d => Settings(d, e.AgentId, m => m with { ToolChoice = Blank(e.ToolChoice) })),
        SetOutputSchema e => new("Edit output schema", d => Agent(d, e.AgentId, a => a with { OutputSchema = e.Schema })),
        SetEntryAgent e => new("Set entry agent", d => DesignCommands.SetEntry(d, e.AgentId)),

        RenameTool e => new("Rename tool", d => Tool<ToolDefinition>(d, e.ToolId, t => t with { Name = e.Name })),
        SetToolDescription e => new("Edit tool description", d => Tool<ToolDefinition>(d, e.ToolId, t => t with { Description = e.Description })),
        SetToolParameters e => new("Edit parameters", d => DesignCommands.UpdateTool(d, e.ToolId, t => t switch
        {
            MockTool mock => mock with { Parameters = e.Parameters },
            HttpTool http => http with { Parameters = e.Parameters },
            _ => t,
        })),
        SetMockResponse e => new("Edit mock response", d => Tool<MockTool>(d, e.ToolId, t => t with { Response = e.Response })),
        ChooseBuiltin e => new("Choose built-in", d => Tool<BuiltinTool>(d, e.ToolId, t => t with { Builtin = e.Builtin })),
        SetHttpMethod e => new("Edit method", d => Tool<HttpTool>(d, e.ToolId, t => t with { Method = e.Method })),
        SetHttpUrl e => new("Edit URL", d => Tool<HttpTool>(d, e.ToolId, t => t with { Url = e.Url })),
        SetHttpHeaders e => new("Edit headers", d => Tool<HttpTool>(d, e.ToolId, t => t with { Headers = e.Headers })),
        SetHttpBody e => new("Edit body", d => Tool<HttpTool>(d, e.ToolId, t => t with { Body = Blank(e.Body) })),
        SetMcpCommand e => new("Edit MCP command", d => Tool<McpTool>(d, e.ToolId, t => t with { Command = e.Command })),
        SetMcpArguments e => new("Edit MCP arguments", d => Tool<McpTool>(d, e.ToolId, t => t with { Arguments = e.Arguments })),
        SetMcpEnvironment e => new("Edit MCP environment", d => Tool<McpTool>(d, e.ToolId, t => t with { Environment = e.Environment })),
        SetMcpUrl e => new("Edit MCP URL", d => Tool<McpTool>(d, e.ToolId, t => t with { Url = Blank(e.Url) })),
        SetMcpHeaders e => new("Edit MCP headers", d => Tool<McpTool>(d, e.ToolId, t => t with { Headers = e.Headers })),
        SetMcpToolFilter e => new("Edit MCP tool filter", d => Tool<McpTool>(d, e.ToolId, t => t with { AllowedTools = e.AllowedTools })),

        SetEdgeDescription e => new("Edit edge description", d => DesignCommands.UpdateEdge(d, e.EdgeId, edge => edge with { Description = e.Description })),
        SetEdgeToolName e => new("Edit tool name", d => DesignCommands.UpdateEdge(d, e.EdgeId, edge => edge with { ToolName = Blank(e.ToolName) })),
        SetHistoryFilter e => new("Change history filter", d => DesignCommands.UpdateEdge(d, e.EdgeId, edge => edge is HandoffEdge handoff ? handoff with { HistoryFilter = e.Filter } : edge)),
        SetNoteText e => new("Edit note", d => DesignCommands.UpdateNote(d, e.NoteId, e.Text ?? "")),

        // A design needs a name to be listed and found: clearing the title keeps the old one.
        RenameDesign e => new("Rename design", d => string.IsNullOrWhiteSpace(e.Name) ? d : d with { Name = e.Name.Trim() }),
        SetDesignDescription e => new("Edit design description", d => d with { Description = Blank(e.Description) }),

        _ => throw new ArgumentException($"No command for the edit {edit.GetType().Name}.", nameof(edit)),
    };

    private static DesignDocument Agent(DesignDocument design, string id, Func<AgentDefinition, AgentDefinition> change) =>
        DesignCommands.UpdateAgent(design, id, change);

    // An edit for one kind of tool leaves a tool of another kind as it is (the selection may have changed under it).
    private static DesignDocument Tool<T>(DesignDocument design, string id, Func<T, T> change)
        where T : ToolDefinition =>
        DesignCommands.UpdateTool(design, id, t => t is T typed ? change(typed) : t);

    // Settings equal to the defaults are not written: the agent then has no model settings at all.
    private static DesignDocument Settings(DesignDocument design, string id, Func<ModelSettings, ModelSettings> change) =>
        DesignCommands.UpdateAgent(design, id, a =>
        {
            var settings = change(a.ModelSettings ?? new ModelSettings());
            return a with { ModelSettings = settings == new ModelSettings() ? null : settings };
        });

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
