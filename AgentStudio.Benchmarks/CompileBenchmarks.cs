using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Validation;
using BenchmarkDotNet.Attributes;

namespace AgentStudio.Benchmarks;

/// <summary>Validation and compilation of a generated 1,000-agent design (goal: under 20 ms together).</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    /// <summary>The agents in the generated design.</summary>
    public const int AgentCount = 1000;

    private DesignDocument _design = null!;

    /// <summary>Generates the design and proves, before anything is measured, that it is valid and compiles whole.</summary>
    /// <exception cref="InvalidOperationException">The design has errors or compiles to fewer agents: the cases would measure a failure path.</exception>
    [GlobalSetup]
    public void Setup()
    {
        _design = LargeDesign.Generate(AgentCount);
        EnsureCompilesWhole(_design);
    }

    [Benchmark(Description = "Validate 1,000 agents")]
    public int Validate() => DesignValidator.Validate(_design).Count;

    [Benchmark(Description = "Validate + compile 1,000 agents")]
    public int ValidateAndCompile() => DesignCompiler.Compile(_design).Design!.Agents.Count;

    internal static void EnsureCompilesWhole(DesignDocument design)
    {
        var errors = DesignValidator.Validate(design).Where(p => p.IsError).ToList();
        var compiled = DesignCompiler.Compile(design).Design?.Agents.Count ?? 0;
        if (errors.Count > 0 || compiled != design.Agents.Count)
        {
            throw new InvalidOperationException(
                $"The generated design compiles to {compiled} of {design.Agents.Count} agents with {errors.Count} errors: {string.Join("; ", errors.Take(3))}");
        }
    }
}
