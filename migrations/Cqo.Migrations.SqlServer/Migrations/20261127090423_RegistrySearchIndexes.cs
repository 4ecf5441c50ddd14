using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.SqlServer.Migrations
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
