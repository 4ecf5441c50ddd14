using Cqo.SharedKernel.Security;

namespace Cqo.UnitTests.Identity;

public sealed class DataScopeTests
{
    private static readonly Guid s_enterpriseA = Guid.NewGuid();
    private static readonly Guid s_enterpriseB = Guid.NewGuid();
    private static readonly Guid s_officer = Guid.NewGuid();

    public static TheoryData<string, DataScope, bool> Cases => new()
    {
        { "municipal sees all", new DataScope(ScopeKind.MunicipalRegulator), true },
        { "auditor sees all (permissions keep it to aggregates)", new DataScope(ScopeKind.Auditor), true },
        { "own enterprise", new DataScope(ScopeKind.Enterprise, s_enterpriseA), true },
        { "other enterprise", new DataScope(ScopeKind.Enterprise, s_enterpriseB), false },
        { "own district", new DataScope(ScopeKind.DistrictRegulator, JurisdictionCode: "310115"), true },
        { "other district", new DataScope(ScopeKind.DistrictRegulator, JurisdictionCode: "310104"), false },
        { "the officer themself", new DataScope(ScopeKind.Individual, UserId: s_officer), true },
        { "another officer", new DataScope(ScopeKind.Individual, UserId: Guid.NewGuid()), false },
        { "a colleague naming the same employer and district", new DataScope(ScopeKind.Individual, s_enterpriseA, "310115", Guid.NewGuid()), false },
        { "a provider", new DataScope(ScopeKind.TrainingProvider, Guid.NewGuid()), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_row_is_visible_by_organisation_jurisdiction_or_owner(string because, DataScope scope, bool visible)
    {
        var row = new Row(s_enterpriseA, "310115", s_officer);

        scope.CanSee(row).ShouldBe(visible, because);
    }

    [Fact]
    public void A_scope_without_keys_sees_nothing_of_a_row_without_keys()
    {
        new DataScope(ScopeKind.Enterprise).CanSee(new Row(null, null, null)).ShouldBeFalse();
    }

    [Fact]
    public void A_row_two_organisations_share_is_visible_to_each_and_to_no_third()
    {
        var provider = Guid.NewGuid();
        var row = new SharedRow(provider, s_enterpriseA);

        new DataScope(ScopeKind.TrainingProvider, provider).CanSee(row).ShouldBeTrue();
        new DataScope(ScopeKind.Enterprise, s_enterpriseA).CanSee(row).ShouldBeTrue();
        new DataScope(ScopeKind.Enterprise, s_enterpriseB).CanSee(row).ShouldBeFalse();
    }

    private sealed record SharedRow(Guid? OrganisationId, Guid? SecondOrganisationId) : IDataScoped
    {
        public string? JurisdictionCode => null;

        public Guid? OwnerUserId => null;
    }

    private sealed record Row(Guid? OrganisationId, string? JurisdictionCode, Guid? OwnerUserId) : IDataScoped;
}
