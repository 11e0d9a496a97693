using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Designer;

/// <summary>Renames an agent.</summary>
public sealed record RenameAgent(string AgentId, string Name) : DesignEdit(AgentId);

/// <summary>Sets the model an agent asks.</summary>
public sealed record SetAgentModel(string AgentId, string? Model) : DesignEdit(AgentId);

/// <summary>Sets an agent's instructions.</summary>
public sealed record SetInstructions(string AgentId, string? Instructions) : DesignEdit(AgentId);

/// <summary>Sets the text that tells other agents when to hand off to this one.</summary>
public sealed record SetHandoffDescription(string AgentId, string? Description) : DesignEdit(AgentId);

/// <summary>Sets what an agent does after its tools return; <see cref="ToolUseBehavior.RunLlmAgain"/> is the default and is not written.</summary>
public sealed record SetToolUseBehavior(string AgentId, ToolUseBehavior Behavior) : DesignEdit(AgentId);

/// <summary>Sets the sampling temperature; null for the provider's default.</summary>
public sealed record SetTemperature(string AgentId, double? Temperature) : DesignEdit(AgentId);

/// <summary>Sets nucleus sampling; null for the provider's default.</summary>
public sealed record SetTopP(string AgentId, double? TopP) : DesignEdit(AgentId);

/// <summary>Caps the tokens of one answer; null for no cap.</summary>
public sealed record SetMaxOutputTokens(string AgentId, int? MaxOutputTokens) : DesignEdit(AgentId);

/// <summary>Allows or forbids parallel tool calls; null for the provider's default.</summary>
public sealed record SetParallelToolCalls(string AgentId, bool? Allowed) : DesignEdit(AgentId);

/// <summary>Sets the tool choice (auto, required, none or a tool's name); blank for the default.</summary>
public sealed record SetToolChoice(string AgentId, string? ToolChoice) : DesignEdit(AgentId);

/// <summary>Sets the JSON Schema of the agent's structured answer; null for a text answer.</summary>
public sealed record SetOutputSchema(string AgentId, JsonElement? Schema) : DesignEdit(AgentId);

/// <summary>Makes an agent the one runs start with.</summary>
public sealed record SetEntryAgent(string AgentId) : DesignEdit(AgentId);
