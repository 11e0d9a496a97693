using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Scripted;
using AgentStudio.Core.Running.Models.Simulated;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Core.Templates;

namespace AgentStudio.Tests.Core.Running.Tracing;

/// <summary>A generation span is labelled with the model that answered, not the one the design asked for.</summary>
public sealed class GenerationSpanModelTests
{
    private static CompiledDesign CustomerSupport() => DesignCompiler.Compile(DesignTemplates.Find("customer-support")!.Design).Design!;

    private static async Task<IReadOnlyList<TraceSpan>> GenerationsAsync(IModelProvider models)
    {
        var result = await new AgentRunner(models).RunAsync(CustomerSupport(), "I was charged twice for my subscription last month", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(RunStatus.Completed, result.Status);
        return [.. result.Trace.Spans.Where(s => s.Kind == SpanKind.Generation)];
    }

    [Fact]
    public async Task WithNoProviderConfigured_GenerationSpansNameTheSimulatedModel_AndKeepTheDesignedOne()
    {
        var offline = new ModelCatalog([], new SimulatedChatClient(new SimulatedModelOptions { ChunkDelay = TimeSpan.Zero }));

        var generations = await GenerationsAsync(offline);

        Assert.NotEmpty(generations);
        Assert.All(generations, g =>
        {
            Assert.Equal(ModelNames.Simulated, g.Name);
            Assert.Equal(ModelNames.Simulated, g.GetData(SpanDataKeys.Model)?.GetValue<string>());
            Assert.Equal("gpt-4o", g.GetData(SpanDataKeys.DesignedModel)?.GetValue<string>());
        });
    }

    [Fact]
    public async Task AClientNamedForItsModel_LabelsEveryCallWithIt()
    {
        var script = ModelScript.Parse("""{ "agents": { "TriageAgent": [ { "text": "Hello." } ] } }""");

        var generations = await GenerationsAsync(new SingleClientModelProvider(new ScriptedChatClient(script), ModelNames.Scripted));

        var generation = Assert.Single(generations);
        Assert.Equal(ModelNames.Scripted, generation.Name);
        Assert.Equal("gpt-4o", generation.GetData(SpanDataKeys.DesignedModel)?.GetValue<string>());
    }

    [Fact]
    public async Task WhenTheDesignedModelAnswers_TheSpanNamesIt_WithoutADesignedModelEntry()
    {
        var script = ModelScript.Parse("""{ "agents": { "TriageAgent": [ { "text": "Hello." } ] } }""");

        var generation = Assert.Single(await GenerationsAsync(new SingleClientModelProvider(new ScriptedChatClient(script))));

        Assert.Equal("gpt-4o", generation.Name);
        Assert.Null(generation.GetData(SpanDataKeys.DesignedModel));
    }
}
