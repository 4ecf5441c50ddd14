using Cqo.IntegrationTests.Authorization;

namespace Cqo.IntegrationTests.Fuzz;

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzHost>
{
    public const string Name = "fuzz";
}

/// <summary>A host set up as the matrix's, callers and records alike, but its own: what fuzzing writes never reaches the matrix.</summary>
public sealed class FuzzHost : MatrixFixture;
