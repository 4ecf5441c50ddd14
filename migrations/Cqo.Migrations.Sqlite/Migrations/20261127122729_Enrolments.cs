using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Enrolments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CheckInSecret",
                table: "training_CourseSessions",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SeatsTaken",
                table: "training_Courses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "training_Enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SponsorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    TraineeUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TraineeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WaitlistedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_Enrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_Attendance",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mark = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_Attendance", x => new { x.EnrolmentId, x.SessionId });
                    table.ForeignKey(
                        name: "FK_training_Attendance_training_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "training_Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_ExamAttempts",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_ExamAttempts", x => new { x.EnrolmentId, x.Number });
                    table.ForeignKey(
                        name: "FK_training_ExamAttempts_training_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "training_Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_Enrolments_CourseId_PersonId",
                table: "training_Enrolments",
                columns: new[] { "CourseId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_Enrolments_CourseId_Status_WaitlistedAt",
                table: "training_Enrolments",
                columns: new[] { "CourseId", "Status", "WaitlistedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_training_Enrolments_CourseId_TraineeUserId",
                table: "training_Enrolments",
                columns: new[] { "CourseId", "TraineeUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_Enrolments_SponsorId_CreatedAt",
                table: "training_Enrolments",
                columns: new[] { "SponsorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_training_Enrolments_TraineeUserId",
                table: "training_Enrolments",
                column: "TraineeUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_Attendance");

            migrationBuilder.DropTable(
                name: "training_ExamAttempts");

            migrationBuilder.DropTable(
                name: "training_Enrolments");

            migrationBuilder.DropColumn(
                name: "CheckInSecret",
                table: "training_CourseSessions");

            migrationBuilder.DropColumn(
                name: "SeatsTaken",
                table: "training_Courses");
        }
    }
}
