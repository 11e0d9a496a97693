namespace AgentStudio.Core.Validation.Rules;

/// <summary>Two edges of one kind between the same nodes would offer the model the same tool twice.</summary>
internal sealed class DuplicateEdgeRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        var seen = new Dictionary<(string Kind, string From, string To), string>();
        for (var i = 0; i < context.Design.Edges.Count; i++)
        {
            var edge = context.Design.Edges[i];
            if (!seen.TryAdd((edge.Kind, edge.From, edge.To), edge.Id))
            {
                context.Error(ProblemCodes.DuplicateEdge,
                    $"{context.Describe(edge)} repeats edge '{seen[(edge.Kind, edge.From, edge.To)]}'; delete one of them.",
                    ValidationContext.EdgePath(i), edge.Id);
            }
        }
    }
}
