using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RegistrySearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_DistrictCode_Status",
                schema: "registry",
                table: "Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_DistrictCode_Status_JurisdictionCode",
                schema: "registry",
                table: "Enterprises",
                columns: new[] { "DistrictCode", "Status", "JurisdictionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_DistrictCode_Status_Name_Id",
                schema: "registry",
                table: "Enterprises",
                columns: new[] { "DistrictCode", "Status", "Name", "Id" });

            // Name-prefix search (LIKE 'x%') uses an ordinary index only under the C collation; this one
            // serves it under any collation. PostgreSQL only, so it lives here rather than in the model.
            migrationBuilder.Sql(
                "CREATE INDEX \"IX_Enterprises_Name_Pattern\" ON registry.\"Enterprises\" (\"Name\" varchar_pattern_ops);");
            migrationBuilder.Sql(
                "CREATE INDEX \"IX_People_Name_Pattern\" ON registry.\"People\" (\"Name\" varchar_pattern_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX registry.\"IX_People_Name_Pattern\";");
            migrationBuilder.Sql("DROP INDEX registry.\"IX_Enterprises_Name_Pattern\";");

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_DistrictCode_Status_JurisdictionCode",
                schema: "registry",
                table: "Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_DistrictCode_Status_Name_Id",
                schema: "registry",
                table: "Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_DistrictCode_Status",
                schema: "registry",
                table: "Enterprises",
                columns: new[] { "DistrictCode", "Status" });
        }
    }
}
