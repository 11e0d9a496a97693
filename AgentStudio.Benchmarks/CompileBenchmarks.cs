using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Validation;
using BenchmarkDotNet.Attributes;

namespace AgentStudio.Benchmarks;

/// <summary>Validation and compilation of a generated 1,000-agent design (goal: under 20 ms together).</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private DesignDocument _design = null!;

    [GlobalSetup]
    public void Setup() => _design = LargeDesign.Generate(1000);

    [Benchmark(Description = "Validate 1,000 agents")]
    public int Validate() => DesignValidator.Validate(_design).Count;

    [Benchmark(Description = "Validate + compile 1,000 agents")]
    public int ValidateAndCompile() => DesignCompiler.Compile(_design).Design!.Agents.Count;
}
