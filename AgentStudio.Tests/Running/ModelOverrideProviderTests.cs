using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Models;
using AgentStudio.Running;
using Microsoft.Extensions.AI;

namespace AgentStudio.Tests.Running;

/// <summary>Running every agent on one model names that model, as the catalog serves it, in the trace.</summary>
public sealed class ModelOverrideProviderTests
{
    private sealed class ListedSource(params string[] models) : IModelSource
    {
        public string Name => "listed";

        public IReadOnlyList<string> Models => models;

        public IChatClient? TryGetChatClient(string model) => null;
    }

    [Fact]
    public void OneModelForEveryAgent_IsTheModelServed_WhateverTheDesignAskedFor()
    {
        var overridden = new ModelOverrideProvider(new ModelCatalog([new ListedSource("gpt-4o-mini")]), "gpt-4o-mini");

        Assert.Equal("gpt-4o-mini", overridden.ServedModel("gpt-4o"));
    }

    [Fact]
    public void WithNoProviderConfigured_TheSimulatedModelIsServed_EvenForAnOverride()
    {
        var overridden = new ModelOverrideProvider(new ModelCatalog([]), "gpt-4o-mini");

        Assert.Equal(ModelNames.Simulated, overridden.ServedModel("gpt-4o"));
    }
}
