using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Enrolments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CheckInSecret",
                schema: "training",
                table: "CourseSessions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SeatsTaken",
                schema: "training",
                table: "Courses",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Enrolments",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    SponsorId = table.Column<Guid>(type: "uuid", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    TraineeUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    TraineeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WaitlistedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                schema: "training",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mark = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => new { x.EnrolmentId, x.SessionId });
                    table.ForeignKey(
                        name: "FK_Attendance_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalSchema: "training",
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamAttempts",
                schema: "training",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamAttempts", x => new { x.EnrolmentId, x.Number });
                    table.ForeignKey(
                        name: "FK_ExamAttempts_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalSchema: "training",
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_CourseId_PersonId",
                schema: "training",
                table: "Enrolments",
                columns: new[] { "CourseId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_CourseId_Status_WaitlistedAt",
                schema: "training",
                table: "Enrolments",
                columns: new[] { "CourseId", "Status", "WaitlistedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_CourseId_TraineeUserId",
                schema: "training",
                table: "Enrolments",
                columns: new[] { "CourseId", "TraineeUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_SponsorId_CreatedAt",
                schema: "training",
                table: "Enrolments",
                columns: new[] { "SponsorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_TraineeUserId",
                schema: "training",
                table: "Enrolments",
                column: "TraineeUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendance",
                schema: "training");

            migrationBuilder.DropTable(
                name: "ExamAttempts",
                schema: "training");

            migrationBuilder.DropTable(
                name: "Enrolments",
                schema: "training");

            migrationBuilder.DropColumn(
                name: "CheckInSecret",
                schema: "training",
                table: "CourseSessions");

            migrationBuilder.DropColumn(
                name: "SeatsTaken",
                schema: "training",
                table: "Courses");
        }
    }
}
