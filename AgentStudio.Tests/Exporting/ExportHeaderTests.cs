using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;

namespace AgentStudio.Tests.Exporting;

/// <summary>The header comment every exported code file starts with.</summary>
public sealed class ExportHeaderTests
{
    private static ExportSource Source(string name, int? revision) =>
        new(new DesignDocument { Name = name, Entry = "a", Agents = [new AgentDefinition { Id = "a", Name = "A", Model = "gpt-4o-mini" }] }, revision);

    [Fact]
    public void ALongName_WrapsWithinItself_NeverLeavingTheRevisionAloneOnALine()
    {
        var wrapped = CommentText.Wrap(ExportHeader.Text(Source("Every feature \"quoted\" — déjà vu, and then some", 12)), 77);

        Assert.StartsWith("AgentStudio export of revision 12 of the design \"Every feature", wrapped[0], StringComparison.Ordinal);
        Assert.Equal("then some\".", wrapped[1][^11..]);
    }

    [Fact]
    public void AFileNeverStored_IsCalledAFile_AndANameCannotEndTheComment()
    {
        var lines = ExportHeader.Lines(Source("Two\nlines */ \"", revision: null));

        Assert.Equal("AgentStudio export of the design file \"Two\\u000alines */ \"\".", lines[0]);
    }
}
