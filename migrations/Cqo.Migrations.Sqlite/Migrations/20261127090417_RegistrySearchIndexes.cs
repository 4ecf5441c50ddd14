using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegistrySearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registry_Enterprises_DistrictCode_Status",
                table: "registry_Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_registry_Enterprises_DistrictCode_Status_JurisdictionCode",
                table: "registry_Enterprises",
                columns: new[] { "DistrictCode", "Status", "JurisdictionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_Enterprises_DistrictCode_Status_Name_Id",
                table: "registry_Enterprises",
                columns: new[] { "DistrictCode", "Status", "Name", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registry_Enterprises_DistrictCode_Status_JurisdictionCode",
                table: "registry_Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_registry_Enterprises_DistrictCode_Status_Name_Id",
                table: "registry_Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_registry_Enterprises_DistrictCode_Status",
                table: "registry_Enterprises",
                columns: new[] { "DistrictCode", "Status" });
        }
    }
}
