using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CreditEvidenceFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EvidenceFile_ContentType",
                schema: "certification",
                table: "Credits",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceFile_FileKey",
                schema: "certification",
                table: "Credits",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceFile_FileName",
                schema: "certification",
                table: "Credits",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EvidenceFile_Length",
                schema: "certification",
                table: "Credits",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EvidenceFile_UploadedAt",
                schema: "certification",
                table: "Credits",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EvidenceFile_ContentType",
                schema: "certification",
                table: "Credits");

            migrationBuilder.DropColumn(
                name: "EvidenceFile_FileKey",
                schema: "certification",
                table: "Credits");

            migrationBuilder.DropColumn(
                name: "EvidenceFile_FileName",
                schema: "certification",
                table: "Credits");

            migrationBuilder.DropColumn(
                name: "EvidenceFile_Length",
                schema: "certification",
                table: "Credits");

            migrationBuilder.DropColumn(
                name: "EvidenceFile_UploadedAt",
                schema: "certification",
                table: "Credits");
        }
    }
}
