using Cqo.IntegrationTests.Infrastructure;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>
/// A host of its own whose fact store holds only the hand-computed fixture: figures count everything
/// in scope, so the other collections' records must not reach it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OversightCollection : ICollectionFixture<CqoApp>
{
    public const string Name = "oversight";
}
