namespace AgentStudio.Tests.Support;

/// <summary>
/// Values of the <c>Category</c> trait. test.sh runs the functional tests first and the measurements after them,
/// apart, so that a measurement neither slows the functional tests down nor is skewed by them.
/// </summary>
internal static class TestCategories
{
    /// <summary>The trait's name.</summary>
    public const string Trait = "Category";

    /// <summary>
    /// A test that records timings (latency, frame times, throughput) for a report. It still asserts behaviour and
    /// still runs in every test.sh run, in its own <c>dotnet test</c> after the functional tests.
    /// </summary>
    public const string Measurement = "Measurement";
}
