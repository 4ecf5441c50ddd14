using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Oversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "oversight");

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                schema: "platform",
                table: "RequestAudits",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                schema: "platform",
                table: "RequestAudits",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                schema: "platform",
                table: "EntityChanges",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainSequence",
                schema: "platform",
                table: "EntityChanges",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHead",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AnchorSequence = table.Column<long>(type: "bigint", nullable: false),
                    AnchorHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    SealedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PrunedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditChainVerifications",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Intact = table.Column<bool>(type: "boolean", nullable: false),
                    AnchorSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CheckedRecords = table.Column<long>(type: "bigint", nullable: false),
                    UnsealedRecords = table.Column<long>(type: "bigint", nullable: false),
                    BreakSequence = table.Column<long>(type: "bigint", nullable: true),
                    BreakKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    BreakRecordKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    BreakRecordId = table.Column<Guid>(type: "uuid", nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainVerifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CertificateFacts",
                schema: "oversight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    HolderKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedMonth = table.Column<int>(type: "integer", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    InvalidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    InvalidMonth = table.Column<int>(type: "integer", nullable: true),
                    ExpiredMonth = table.Column<int>(type: "integer", nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedMonth = table.Column<int>(type: "integer", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IndustrySectionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Scale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AboveDesignatedSize = table.Column<bool>(type: "boolean", nullable: true),
                    Specialised = table.Column<bool>(type: "boolean", nullable: true),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditFacts",
                schema: "oversight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HolderKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CountedMonth = table.Column<int>(type: "integer", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IndustrySectionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Scale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AboveDesignatedSize = table.Column<bool>(type: "boolean", nullable: true),
                    Specialised = table.Column<bool>(type: "boolean", nullable: true),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnrolmentFacts",
                schema: "oversight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TraineeKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CourseEndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CourseHours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    TrainedMonth = table.Column<int>(type: "integer", nullable: true),
                    PassedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PassedMonth = table.Column<int>(type: "integer", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IndustrySectionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Scale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AboveDesignatedSize = table.Column<bool>(type: "boolean", nullable: true),
                    Specialised = table.Column<bool>(type: "boolean", nullable: true),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrolmentFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseFacts",
                schema: "oversight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IndustrySectionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IndustryDivisionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Scale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AboveDesignatedSize = table.Column<bool>(type: "boolean", nullable: false),
                    Specialised = table.Column<bool>(type: "boolean", nullable: false),
                    BestAward = table.Column<int>(type: "integer", nullable: true),
                    LatestAwardYear = table.Column<int>(type: "integer", nullable: true),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Exports",
                schema: "oversight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Parameters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerClientId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OwnerName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OwnerScopeKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerJurisdictionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EstimatedRows = table.Column<long>(type: "bigint", nullable: false),
                    RowsWritten = table.Column<long>(type: "bigint", nullable: false),
                    FileKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FileBytes = table.Column<long>(type: "bigint", nullable: true),
                    Error = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FactVersions",
                schema: "oversight",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactVersions", x => new { x.Kind, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "FilingFacts",
                schema: "oversight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedMonth = table.Column<int>(type: "integer", nullable: true),
                    ActivatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ActivatedMonth = table.Column<int>(type: "integer", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedMonth = table.Column<int>(type: "integer", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedMonth = table.Column<int>(type: "integer", nullable: true),
                    ReviewWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IndustrySectionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Scale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AboveDesignatedSize = table.Column<bool>(type: "boolean", nullable: true),
                    Specialised = table.Column<bool>(type: "boolean", nullable: true),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilingFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Snapshots",
                schema: "oversight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Granularity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PeriodKey = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    PreviousHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    Hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Snapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SnapshotValues",
                schema: "oversight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SnapshotId = table.Column<Guid>(type: "uuid", nullable: false),
                    Figure = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Dimension = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    P90 = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SnapshotValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                schema: "oversight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FigureKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: false),
                    Goal = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IndustrySectionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Scale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AboveDesignatedSize = table.Column<bool>(type: "boolean", nullable: true),
                    Specialised = table.Column<bool>(type: "boolean", nullable: true),
                    MinimumAward = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Targets", x => x.Id);
                });

            migrationBuilder.InsertData(
                schema: "platform",
                table: "AuditChainHead",
                columns: new[] { "Id", "AnchorHash", "AnchorSequence", "ConcurrencyStamp", "LastHash", "LastSequence", "PrunedAt", "SealedAt" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L, new Guid("0b8f3c57-2f1d-4c0e-9a51-7e1f3d6a2c10"), "0000000000000000000000000000000000000000000000000000000000000000", 0L, null, null });

            migrationBuilder.CreateIndex(
                name: "IX_RequestAudits_ChainSequence_At_Id",
                schema: "platform",
                table: "RequestAudits",
                columns: new[] { "ChainSequence", "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestAudits_CorrelationId",
                schema: "platform",
                table: "RequestAudits",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_EntityChanges_ChainSequence_ChangedAt_Id",
                schema: "platform",
                table: "EntityChanges",
                columns: new[] { "ChainSequence", "ChangedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EntityChanges_ChangedBy",
                schema: "platform",
                table: "EntityChanges",
                column: "ChangedBy");

            migrationBuilder.CreateIndex(
                name: "IX_EntityChanges_CorrelationId",
                schema: "platform",
                table: "EntityChanges",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditChainVerifications_StartedAt",
                schema: "platform",
                table: "AuditChainVerifications",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CertificateFacts_EnterpriseId",
                schema: "oversight",
                table: "CertificateFacts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_CertificateFacts_ExpiredMonth_JurisdictionCode",
                schema: "oversight",
                table: "CertificateFacts",
                columns: new[] { "ExpiredMonth", "JurisdictionCode" },
                filter: "\"ExpiredMonth\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "ProviderId" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateFacts_InvalidMonth_JurisdictionCode",
                schema: "oversight",
                table: "CertificateFacts",
                columns: new[] { "InvalidMonth", "JurisdictionCode" },
                filter: "\"InvalidMonth\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "ProviderId" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateFacts_IssuedMonth_JurisdictionCode",
                schema: "oversight",
                table: "CertificateFacts",
                columns: new[] { "IssuedMonth", "JurisdictionCode" })
                .Annotation("Npgsql:IndexInclude", new[] { "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "ProviderId" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateFacts_RevokedMonth_JurisdictionCode",
                schema: "oversight",
                table: "CertificateFacts",
                columns: new[] { "RevokedMonth", "JurisdictionCode" },
                filter: "\"RevokedMonth\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "ProviderId" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditFacts_CountedMonth_JurisdictionCode",
                schema: "oversight",
                table: "CreditFacts",
                columns: new[] { "CountedMonth", "JurisdictionCode" },
                filter: "\"CountedMonth\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "Hours", "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "ProviderId" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditFacts_EnterpriseId",
                schema: "oversight",
                table: "CreditFacts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnrolmentFacts_EnterpriseId",
                schema: "oversight",
                table: "EnrolmentFacts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnrolmentFacts_PassedMonth_JurisdictionCode",
                schema: "oversight",
                table: "EnrolmentFacts",
                columns: new[] { "PassedMonth", "JurisdictionCode" },
                filter: "\"PassedMonth\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "ProviderId" });

            migrationBuilder.CreateIndex(
                name: "IX_EnrolmentFacts_TrainedMonth_JurisdictionCode",
                schema: "oversight",
                table: "EnrolmentFacts",
                columns: new[] { "TrainedMonth", "JurisdictionCode" },
                filter: "\"TrainedMonth\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "TraineeKey", "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "ProviderId" });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseFacts_BestAward_JurisdictionCode",
                schema: "oversight",
                table: "EnterpriseFacts",
                columns: new[] { "BestAward", "JurisdictionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Exports_CreatedAt",
                schema: "oversight",
                table: "Exports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Exports_OwnerUserId_CreatedAt",
                schema: "oversight",
                table: "Exports",
                columns: new[] { "OwnerUserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingFacts_ActivatedMonth_JurisdictionCode",
                schema: "oversight",
                table: "FilingFacts",
                columns: new[] { "ActivatedMonth", "JurisdictionCode" },
                filter: "\"ActivatedMonth\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingFacts_ApprovedMonth_JurisdictionCode",
                schema: "oversight",
                table: "FilingFacts",
                columns: new[] { "ApprovedMonth", "JurisdictionCode" },
                filter: "\"ApprovedMonth\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingFacts_DecidedMonth_JurisdictionCode",
                schema: "oversight",
                table: "FilingFacts",
                columns: new[] { "DecidedMonth", "JurisdictionCode" },
                filter: "\"DecidedMonth\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "ReviewWorkingDays", "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingFacts_EndedMonth_JurisdictionCode",
                schema: "oversight",
                table: "FilingFacts",
                columns: new[] { "EndedMonth", "JurisdictionCode" },
                filter: "\"EndedMonth\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "ActivatedMonth", "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingFacts_EnterpriseId",
                schema: "oversight",
                table: "FilingFacts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Snapshots_Granularity_PeriodKey",
                schema: "oversight",
                table: "Snapshots",
                columns: new[] { "Granularity", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Snapshots_Sequence",
                schema: "oversight",
                table: "Snapshots",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SnapshotValues_SnapshotId_Figure_Dimension",
                schema: "oversight",
                table: "SnapshotValues",
                columns: new[] { "SnapshotId", "Figure", "Dimension" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditChainHead",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "AuditChainVerifications",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "CertificateFacts",
                schema: "oversight");

            migrationBuilder.DropTable(
                name: "CreditFacts",
                schema: "oversight");

            migrationBuilder.DropTable(
                name: "EnrolmentFacts",
                schema: "oversight");

            migrationBuilder.DropTable(
                name: "EnterpriseFacts",
                schema: "oversight");

            migrationBuilder.DropTable(
                name: "Exports",
                schema: "oversight");

            migrationBuilder.DropTable(
                name: "FactVersions",
                schema: "oversight");

            migrationBuilder.DropTable(
                name: "FilingFacts",
                schema: "oversight");

            migrationBuilder.DropTable(
                name: "Snapshots",
                schema: "oversight");

            migrationBuilder.DropTable(
                name: "SnapshotValues",
                schema: "oversight");

            migrationBuilder.DropTable(
                name: "Targets",
                schema: "oversight");

            migrationBuilder.DropIndex(
                name: "IX_RequestAudits_ChainSequence_At_Id",
                schema: "platform",
                table: "RequestAudits");

            migrationBuilder.DropIndex(
                name: "IX_RequestAudits_CorrelationId",
                schema: "platform",
                table: "RequestAudits");

            migrationBuilder.DropIndex(
                name: "IX_EntityChanges_ChainSequence_ChangedAt_Id",
                schema: "platform",
                table: "EntityChanges");

            migrationBuilder.DropIndex(
                name: "IX_EntityChanges_ChangedBy",
                schema: "platform",
                table: "EntityChanges");

            migrationBuilder.DropIndex(
                name: "IX_EntityChanges_CorrelationId",
                schema: "platform",
                table: "EntityChanges");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                schema: "platform",
                table: "RequestAudits");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                schema: "platform",
                table: "RequestAudits");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                schema: "platform",
                table: "EntityChanges");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                schema: "platform",
                table: "EntityChanges");
        }
    }
}
