using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_EntityChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_EntityChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_RequestAudits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_RequestAudits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reference_Districts",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reference_Districts", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "reference_IndustrySections",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reference_IndustrySections", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "reference_SyllabusVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequiredHours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reference_SyllabusVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reference_RegulatorUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reference_RegulatorUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reference_RegulatorUnits_reference_Districts_DistrictCode",
                        column: x => x.DistrictCode,
                        principalTable: "reference_Districts",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reference_IndustryDivisions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SectionCode = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reference_IndustryDivisions", x => x.Code);
                    table.ForeignKey(
                        name: "FK_reference_IndustryDivisions_reference_IndustrySections_SectionCode",
                        column: x => x.SectionCode,
                        principalTable: "reference_IndustrySections",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reference_SyllabusModules",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SyllabusVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    Compulsory = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reference_SyllabusModules", x => new { x.SyllabusVersionId, x.Code });
                    table.ForeignKey(
                        name: "FK_reference_SyllabusModules_reference_SyllabusVersions_SyllabusVersionId",
                        column: x => x.SyllabusVersionId,
                        principalTable: "reference_SyllabusVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_EntityChanges_ChangedAt",
                table: "platform_EntityChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_platform_EntityChanges_EntityType_EntityKey",
                table: "platform_EntityChanges",
                columns: new[] { "EntityType", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_RequestAudits_At",
                table: "platform_RequestAudits",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_RequestAudits_UserId",
                table: "platform_RequestAudits",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_reference_IndustryDivisions_SectionCode",
                table: "reference_IndustryDivisions",
                column: "SectionCode");

            migrationBuilder.CreateIndex(
                name: "IX_reference_RegulatorUnits_Code",
                table: "reference_RegulatorUnits",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reference_RegulatorUnits_DistrictCode",
                table: "reference_RegulatorUnits",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_reference_SyllabusVersions_Code",
                table: "reference_SyllabusVersions",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "platform_EntityChanges");

            migrationBuilder.DropTable(
                name: "platform_RequestAudits");

            migrationBuilder.DropTable(
                name: "reference_IndustryDivisions");

            migrationBuilder.DropTable(
                name: "reference_RegulatorUnits");

            migrationBuilder.DropTable(
                name: "reference_SyllabusModules");

            migrationBuilder.DropTable(
                name: "reference_IndustrySections");

            migrationBuilder.DropTable(
                name: "reference_Districts");

            migrationBuilder.DropTable(
                name: "reference_SyllabusVersions");
        }
    }
}
