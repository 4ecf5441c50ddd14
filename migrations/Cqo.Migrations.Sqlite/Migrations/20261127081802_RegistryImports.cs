using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegistryImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_ImportBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    TotalRows = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorRows = table.Column<int>(type: "INTEGER", nullable: false),
                    MessageKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    MessageArgs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatorScopeKind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatorClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MayOverrideUscc = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_ImportRowErrors",
                columns: table => new
                {
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Column = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MessageKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    MessageArgs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_ImportRowErrors", x => new { x.BatchId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_registry_ImportRowErrors_registry_ImportBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "registry_ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registry_ImportBatches_CreatedAt",
                table: "registry_ImportBatches",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_registry_ImportBatches_JurisdictionCode",
                table: "registry_ImportBatches",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_registry_ImportBatches_OrganisationId",
                table: "registry_ImportBatches",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_ImportBatches_OwnerUserId",
                table: "registry_ImportBatches",
                column: "OwnerUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_ImportRowErrors");

            migrationBuilder.DropTable(
                name: "registry_ImportBatches");
        }
    }
}
