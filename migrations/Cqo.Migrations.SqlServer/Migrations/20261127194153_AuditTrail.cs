using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
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
                type: "nvarchar(64)",
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
                type: "nvarchar(64)",
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
                    Id = table.Column<int>(type: "int", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AnchorSequence = table.Column<long>(type: "bigint", nullable: false),
                    AnchorHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SealedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PrunedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Intact = table.Column<bool>(type: "bit", nullable: false),
                    AnchorSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CheckedRecords = table.Column<long>(type: "bigint", nullable: false),
                    UnsealedRecords = table.Column<long>(type: "bigint", nullable: false),
                    BreakSequence = table.Column<long>(type: "bigint", nullable: true),
                    BreakKind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    BreakRecordKind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    BreakRecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainVerifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Exports",
                schema: "oversight",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Parameters = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Culture = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OwnerClientId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    OwnerName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    OwnerScopeKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OwnerJurisdictionCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    EstimatedRows = table.Column<long>(type: "bigint", nullable: false),
                    RowsWritten = table.Column<long>(type: "bigint", nullable: false),
                    FileKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    FileBytes = table.Column<long>(type: "bigint", nullable: true),
                    Error = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exports", x => x.Id);
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
                name: "IX_Exports_CreatedAt",
                schema: "oversight",
                table: "Exports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Exports_OwnerUserId_CreatedAt",
                schema: "oversight",
                table: "Exports",
                columns: new[] { "OwnerUserId", "CreatedAt" });
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
                name: "Exports",
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
