using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Oversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "platform_RequestAudits",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "platform_RequestAudits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "platform_EntityChanges",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                table: "platform_EntityChanges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "oversight_CertificateFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    HolderKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvalidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvalidMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpiredMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevokedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IndustrySectionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AboveDesignatedSize = table.Column<bool>(type: "INTEGER", nullable: true),
                    Specialised = table.Column<bool>(type: "INTEGER", nullable: true),
                    RefreshedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_CertificateFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_CreditFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HolderKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CountedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IndustrySectionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AboveDesignatedSize = table.Column<bool>(type: "INTEGER", nullable: true),
                    Specialised = table.Column<bool>(type: "INTEGER", nullable: true),
                    RefreshedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_CreditFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_EnrolmentFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TraineeKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CourseEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CourseHours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    TrainedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    PassedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PassedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IndustrySectionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AboveDesignatedSize = table.Column<bool>(type: "INTEGER", nullable: true),
                    Specialised = table.Column<bool>(type: "INTEGER", nullable: true),
                    RefreshedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_EnrolmentFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_EnterpriseFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IndustrySectionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IndustryDivisionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AboveDesignatedSize = table.Column<bool>(type: "INTEGER", nullable: false),
                    Specialised = table.Column<bool>(type: "INTEGER", nullable: false),
                    BestAward = table.Column<int>(type: "INTEGER", nullable: true),
                    LatestAwardYear = table.Column<int>(type: "INTEGER", nullable: true),
                    RefreshedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_EnterpriseFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_Exports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerClientId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OwnerScopeKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerJurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EstimatedRows = table.Column<long>(type: "INTEGER", nullable: false),
                    RowsWritten = table.Column<long>(type: "INTEGER", nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_Exports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_FactVersions",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_FactVersions", x => new { x.Kind, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "oversight_FilingFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    ActivatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActivatedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IndustrySectionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AboveDesignatedSize = table.Column<bool>(type: "INTEGER", nullable: true),
                    Specialised = table.Column<bool>(type: "INTEGER", nullable: true),
                    RefreshedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_FilingFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_Snapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Granularity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_Snapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_SnapshotValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Figure = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    P90 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_SnapshotValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_Targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FigureKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Goal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IndustrySectionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AboveDesignatedSize = table.Column<bool>(type: "INTEGER", nullable: true),
                    Specialised = table.Column<bool>(type: "INTEGER", nullable: true),
                    MinimumAward = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_Targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_AuditChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnchorSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    AnchorHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    SealedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PrunedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_AuditChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_AuditChainVerifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Intact = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnchorSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CheckedRecords = table.Column<long>(type: "INTEGER", nullable: false),
                    UnsealedRecords = table.Column<long>(type: "INTEGER", nullable: false),
                    BreakSequence = table.Column<long>(type: "INTEGER", nullable: true),
                    BreakKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    BreakRecordKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    BreakRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_AuditChainVerifications", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "platform_AuditChainHead",
                columns: new[] { "Id", "AnchorHash", "AnchorSequence", "ConcurrencyStamp", "LastHash", "LastSequence", "PrunedAt", "SealedAt" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L, new Guid("0b8f3c57-2f1d-4c0e-9a51-7e1f3d6a2c10"), "0000000000000000000000000000000000000000000000000000000000000000", 0L, null, null });

            migrationBuilder.CreateIndex(
                name: "IX_platform_RequestAudits_ChainSequence_At_Id",
                table: "platform_RequestAudits",
                columns: new[] { "ChainSequence", "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_RequestAudits_CorrelationId",
                table: "platform_RequestAudits",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_EntityChanges_ChainSequence_ChangedAt_Id",
                table: "platform_EntityChanges",
                columns: new[] { "ChainSequence", "ChangedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_EntityChanges_ChangedBy",
                table: "platform_EntityChanges",
                column: "ChangedBy");

            migrationBuilder.CreateIndex(
                name: "IX_platform_EntityChanges_CorrelationId",
                table: "platform_EntityChanges",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_CertificateFacts_EnterpriseId",
                table: "oversight_CertificateFacts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_CertificateFacts_ExpiredMonth_JurisdictionCode",
                table: "oversight_CertificateFacts",
                columns: new[] { "ExpiredMonth", "JurisdictionCode" },
                filter: "\"ExpiredMonth\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_CertificateFacts_InvalidMonth_JurisdictionCode",
                table: "oversight_CertificateFacts",
                columns: new[] { "InvalidMonth", "JurisdictionCode" },
                filter: "\"InvalidMonth\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_CertificateFacts_IssuedMonth_JurisdictionCode",
                table: "oversight_CertificateFacts",
                columns: new[] { "IssuedMonth", "JurisdictionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_CertificateFacts_RevokedMonth_JurisdictionCode",
                table: "oversight_CertificateFacts",
                columns: new[] { "RevokedMonth", "JurisdictionCode" },
                filter: "\"RevokedMonth\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_CreditFacts_CountedMonth_JurisdictionCode",
                table: "oversight_CreditFacts",
                columns: new[] { "CountedMonth", "JurisdictionCode" },
                filter: "\"CountedMonth\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_CreditFacts_EnterpriseId",
                table: "oversight_CreditFacts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_EnrolmentFacts_EnterpriseId",
                table: "oversight_EnrolmentFacts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_EnrolmentFacts_PassedMonth_JurisdictionCode",
                table: "oversight_EnrolmentFacts",
                columns: new[] { "PassedMonth", "JurisdictionCode" },
                filter: "\"PassedMonth\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_EnrolmentFacts_TrainedMonth_JurisdictionCode",
                table: "oversight_EnrolmentFacts",
                columns: new[] { "TrainedMonth", "JurisdictionCode" },
                filter: "\"TrainedMonth\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_EnterpriseFacts_BestAward_JurisdictionCode",
                table: "oversight_EnterpriseFacts",
                columns: new[] { "BestAward", "JurisdictionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Exports_CreatedAt",
                table: "oversight_Exports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Exports_OwnerUserId_CreatedAt",
                table: "oversight_Exports",
                columns: new[] { "OwnerUserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_FilingFacts_ActivatedMonth_JurisdictionCode",
                table: "oversight_FilingFacts",
                columns: new[] { "ActivatedMonth", "JurisdictionCode" },
                filter: "\"ActivatedMonth\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_FilingFacts_ApprovedMonth_JurisdictionCode",
                table: "oversight_FilingFacts",
                columns: new[] { "ApprovedMonth", "JurisdictionCode" },
                filter: "\"ApprovedMonth\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_FilingFacts_DecidedMonth_JurisdictionCode",
                table: "oversight_FilingFacts",
                columns: new[] { "DecidedMonth", "JurisdictionCode" },
                filter: "\"DecidedMonth\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_FilingFacts_EndedMonth_JurisdictionCode",
                table: "oversight_FilingFacts",
                columns: new[] { "EndedMonth", "JurisdictionCode" },
                filter: "\"EndedMonth\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_FilingFacts_EnterpriseId",
                table: "oversight_FilingFacts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Snapshots_Granularity_PeriodKey",
                table: "oversight_Snapshots",
                columns: new[] { "Granularity", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Snapshots_Sequence",
                table: "oversight_Snapshots",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_oversight_SnapshotValues_SnapshotId_Figure_Dimension",
                table: "oversight_SnapshotValues",
                columns: new[] { "SnapshotId", "Figure", "Dimension" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_AuditChainVerifications_StartedAt",
                table: "platform_AuditChainVerifications",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "oversight_CertificateFacts");

            migrationBuilder.DropTable(
                name: "oversight_CreditFacts");

            migrationBuilder.DropTable(
                name: "oversight_EnrolmentFacts");

            migrationBuilder.DropTable(
                name: "oversight_EnterpriseFacts");

            migrationBuilder.DropTable(
                name: "oversight_Exports");

            migrationBuilder.DropTable(
                name: "oversight_FactVersions");

            migrationBuilder.DropTable(
                name: "oversight_FilingFacts");

            migrationBuilder.DropTable(
                name: "oversight_Snapshots");

            migrationBuilder.DropTable(
                name: "oversight_SnapshotValues");

            migrationBuilder.DropTable(
                name: "oversight_Targets");

            migrationBuilder.DropTable(
                name: "platform_AuditChainHead");

            migrationBuilder.DropTable(
                name: "platform_AuditChainVerifications");

            migrationBuilder.DropIndex(
                name: "IX_platform_RequestAudits_ChainSequence_At_Id",
                table: "platform_RequestAudits");

            migrationBuilder.DropIndex(
                name: "IX_platform_RequestAudits_CorrelationId",
                table: "platform_RequestAudits");

            migrationBuilder.DropIndex(
                name: "IX_platform_EntityChanges_ChainSequence_ChangedAt_Id",
                table: "platform_EntityChanges");

            migrationBuilder.DropIndex(
                name: "IX_platform_EntityChanges_ChangedBy",
                table: "platform_EntityChanges");

            migrationBuilder.DropIndex(
                name: "IX_platform_EntityChanges_CorrelationId",
                table: "platform_EntityChanges");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "platform_RequestAudits");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "platform_RequestAudits");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "platform_EntityChanges");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "platform_EntityChanges");
        }
    }
}
