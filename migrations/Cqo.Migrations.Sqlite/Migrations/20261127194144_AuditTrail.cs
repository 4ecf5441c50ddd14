using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
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
                name: "IX_oversight_Exports_CreatedAt",
                table: "oversight_Exports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_Exports_OwnerUserId_CreatedAt",
                table: "oversight_Exports",
                columns: new[] { "OwnerUserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_AuditChainVerifications_StartedAt",
                table: "platform_AuditChainVerifications",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "oversight_Exports");

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
