using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CertificateStatusListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StatusListIndex",
                table: "certification_Certificates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_certification_Certificates_StatusListIndex",
                table: "certification_Certificates",
                column: "StatusListIndex",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_certification_Certificates_StatusListIndex",
                table: "certification_Certificates");

            migrationBuilder.DropColumn(
                name: "StatusListIndex",
                table: "certification_Certificates");
        }
    }
}
