using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlatformOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_OutboxDeliveries",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_OutboxDeliveries", x => new { x.MessageId, x.Handler });
                    table.ForeignKey(
                        name: "FK_platform_OutboxDeliveries_platform_OutboxMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "platform_OutboxMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_OutboxMessages_Status_NextAttemptAt",
                table: "platform_OutboxMessages",
                columns: new[] { "Status", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_OutboxDeliveries");

            migrationBuilder.DropTable(
                name: "platform_OutboxMessages");
        }
    }
}
