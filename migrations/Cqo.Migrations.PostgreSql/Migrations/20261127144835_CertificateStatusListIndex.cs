using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CertificateStatusListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StatusListIndex",
                schema: "certification",
                table: "Certificates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_StatusListIndex",
                schema: "certification",
                table: "Certificates",
                column: "StatusListIndex",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Certificates_StatusListIndex",
                schema: "certification",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "StatusListIndex",
                schema: "certification",
                table: "Certificates");
        }
    }
}
