namespace AgentStudio.Core.Validation;

/// <summary>One rule, or a group of closely related rules, of design validation.</summary>
internal interface IDesignRule
{
    /// <summary>Reports this rule's problems into the context.</summary>
    void Check(ValidationContext context);
}
