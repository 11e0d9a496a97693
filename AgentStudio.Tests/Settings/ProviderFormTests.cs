using AgentStudio.Components.Pages.Settings;
using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Settings;

namespace AgentStudio.Tests.Settings;

/// <summary>What the provider form refuses, and how it names the kinds.</summary>
public sealed class ProviderFormTests
{
    private static readonly ProviderRecord Local = new() { Id = Guid.NewGuid(), Name = "local", Kind = ModelProviderKind.OpenAICompatible, Endpoint = "http://127.0.0.1:11434/v1" };

    [Fact]
    public void ASecondProviderOfTheSameName_IsRefused_WhateverItsCase()
    {
        var twin = Local with { Id = Guid.NewGuid(), Name = "LOCAL" };

        Assert.Equal("There is already a provider named LOCAL: give this one another name.", ProviderForm.Problem(twin, hasKey: false, [Local]));
    }

    [Fact]
    public void EditingAProvider_KeepsItsOwnName()
    {
        var edited = Local with { Endpoint = "http://127.0.0.1:8080/v1" };

        Assert.Null(ProviderForm.Problem(edited, hasKey: false, [Local]));
    }

    [Theory]
    [InlineData(ModelProviderKind.OpenAI, "OpenAI")]
    [InlineData(ModelProviderKind.AzureOpenAI, "Azure OpenAI")]
    [InlineData(ModelProviderKind.OpenAICompatible, "OpenAI-compatible")]
    public void Kinds_ReadAsTheirNames(ModelProviderKind kind, string name) => Assert.Equal(name, ProviderForm.KindName(kind));

    [Fact]
    public void AMissingEndpoint_NamesTheKindInWords()
    {
        var noEndpoint = Local with { Id = Guid.NewGuid(), Name = "other", Endpoint = null };

        Assert.Equal("An OpenAI-compatible provider needs its endpoint URL.", ProviderForm.Problem(noEndpoint, hasKey: false, [Local]));
    }
}
