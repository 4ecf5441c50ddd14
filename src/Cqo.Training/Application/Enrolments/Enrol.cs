using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Enrolments;

/// <summary>
/// How trainees get onto a course: an officer applies for themself (the sponsoring enterprise then
/// confirms), or an enterprise enrols its staff, which is its confirmation. Both take a seat or join
/// the waitlist under <see cref="CourseSeats"/>.
/// </summary>
internal sealed class EnrolHandler(
    TrainingDbContext db, TrainingCaller caller, CourseSeats seats, IStaffDirectory staff, TimeProvider clock, EnrolmentQueries queries)
{
    public async Task<EnrolmentDto> ApplyAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var applicant = caller.AsTrainee();
        var course = await OpenCourseAsync(courseId, applicant, cancellationToken);
        // A provider's own staff apply privately: only an enterprise sponsors (and confirms).
        var trainee = course.SponsorIsProvider ? applicant with { SponsorId = null, JurisdictionCode = null } : applicant;
        // Read before the transaction: the row lock is held only for the writes. Two simultaneous
        // applications of one trainee meet the unique index instead.
        var existing = course.EarlierEnrolmentId is { } earlier ? await Enrolments().FirstAsync(e => e.Id == earlier, cancellationToken) : null;
        var enrolment = await seats.ApplyAsync(courseId, async ledger =>
        {
            var enrolment = Begin(existing, course, trainee, EnrolmentChannel.Self);
            if (trainee.SponsorId is null)
            {
                enrolment.Seat(await ledger.TryTakeAsync(), clock.GetUtcNow());
            }
            else
            {
                await ledger.LockAsync(); // still open: a course cancelled meanwhile takes no application
            }

            return enrolment;
        }, cancellationToken);
        return await queries.ToDtoAsync(enrolment, course.Shown, cancellationToken);
    }

    /// <summary>Enrols staff records the caller sponsors; one already on the course fails the whole list.</summary>
    public async Task<IReadOnlyList<EnrolmentDto>> EnrolStaffAsync(Guid courseId, EnrolStaffRequest request, CancellationToken cancellationToken)
    {
        var course = await OpenCourseAsync(courseId, null, cancellationToken);
        var ids = request.PersonIds.Distinct().ToList();
        var members = (await staff.FindAsync(ids, cancellationToken)).ToDictionary(m => m.PersonId);
        var errors = new Dictionary<string, ErrorMessage[]>();
        for (var i = 0; i < request.PersonIds.Count; i++)
        {
            if (!members.TryGetValue(request.PersonIds[i], out var member) || !(caller.Scope.SeesAll || member.EnterpriseId == caller.OwnEnterpriseId))
            {
                errors[$"personIds[{i}]"] = [new ErrorMessage("Training:PersonUnknown")];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var accounts = members.Values.Where(m => m.UserId is not null).ToDictionary(m => m.UserId!.Value, m => m.PersonId);
        var enrolled = await seats.ApplyAsync(courseId, async ledger =>
        {
            await ledger.LockAsync(); // the list is checked against the course's enrolments as they stand
            // An earlier enrolment is the staff record's, or its account's own application.
            var accountIds = accounts.Keys.ToList();
            var existing = (await Enrolments()
                    .Where(e => e.CourseId == courseId
                        && ((e.PersonId != null && ids.Contains(e.PersonId.Value)) || (e.TraineeUserId != null && accountIds.Contains(e.TraineeUserId.Value))))
                    .ToListAsync(cancellationToken))
                .ToDictionary(e => e.PersonId is { } person && ids.Contains(person) ? person : accounts[e.TraineeUserId!.Value]);
            var active = request.PersonIds.Select((id, i) => (id, i))
                .Where(p => existing.TryGetValue(p.id, out var e) && e.Status is not (EnrolmentStatus.Withdrawn or EnrolmentStatus.Rejected))
                .ToDictionary(p => $"personIds[{p.i}]", _ => new[] { new ErrorMessage("Training:AlreadyEnrolled") });
            if (active.Count > 0)
            {
                throw new BusinessRuleException("training.staff_already_enrolled", new ErrorMessage("Training:StaffAlreadyEnrolled"), active);
            }

            var now = clock.GetUtcNow();
            var enrolledIds = new List<Guid>(ids.Count);
            foreach (var (id, index) in ids.Select((id, index) => (id, index)))
            {
                var member = members[id];
                var trainee = new Trainee(member.UserId, member.PersonId, member.Name, member.IdNumberMasked, member.EnterpriseId, member.JurisdictionCode);
                var enrolment = Begin(existing.GetValueOrDefault(id), course, trainee, EnrolmentChannel.Sponsored);
                enrolment.Seat(await ledger.TryTakeAsync(), now.AddMicroseconds(index)); // the list's order on the waitlist
                enrolledIds.Add(enrolment.Id);
            }

            return enrolledIds;
        }, cancellationToken);
        return await queries.GetManyAsync(enrolled, cancellationToken);
    }

    private Enrolment Begin(Enrolment? existing, OpenCourse course, Trainee trainee, EnrolmentChannel channel)
    {
        if (existing is not null)
        {
            existing.Reapply(trainee, channel);
            return existing;
        }

        var enrolment = new Enrolment(Guid.CreateVersion7(clock.GetUtcNow()), course.Id, course.ProviderId, trainee, channel);
        db.Enrolments.Add(enrolment);
        return enrolment;
    }

    /// <summary>
    /// A published course inside its enrolment window (Shanghai days), visible to any caller who may
    /// enrol, with the trainee's earlier enrolment on it if any (one round trip for both).
    /// </summary>
    private async Task<OpenCourse> OpenCourseAsync(Guid courseId, Trainee? applicant, CancellationToken cancellationToken)
    {
        var enrolments = Enrolments();
        var providers = db.Providers.IgnoreQueryFilters([QueryFilters.DataScope]);
        var (traineeUserId, sponsorId) = (applicant?.UserId, applicant?.SponsorId);
        var course = await db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .Where(c => c.Id == courseId && c.Status != CourseStatus.Draft)
            .Select(c => new
            {
                c.Id,
                c.ProviderId,
                c.Status,
                c.EnrolmentOpens,
                c.EnrolmentCloses,
                Earlier = traineeUserId == null ? null
                    : enrolments.Where(e => e.CourseId == c.Id && e.TraineeUserId == traineeUserId).Select(e => (Guid?)e.Id).FirstOrDefault(),
                SponsorIsProvider = sponsorId != null && providers.Any(p => p.Id == sponsorId),
                // What the answer shows of the course (as EnrolledCourse.Of), read in the same round trip.
                Shown = new EnrolledCourse(c.Id, c.Title, c.Status, c.StartDate, c.EndDate, c.PassMark,
                    c.Sessions.Select(s => new SessionMinutes(s.Id, Slot.MinutesOf(s.StartsAt, s.EndsAt))).ToList()),
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Course", courseId);
        var today = clock.Today();
        return course.Status == CourseStatus.Published && course.EnrolmentOpens <= today && today <= course.EnrolmentCloses
            ? new OpenCourse(course.Id, course.ProviderId, course.Earlier, course.SponsorIsProvider, course.Shown)
            : throw new ConflictException("training.enrolment_closed", new ErrorMessage("Training:EnrolmentClosed", course.EnrolmentOpens, course.EnrolmentCloses));
    }

    /// <summary>Past the scope filter: a trainee's earlier, withdrawn enrolment on the course must be found to be reused.</summary>
    private IQueryable<Enrolment> Enrolments() => db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope]);
}

/// <summary>The course an application is for, once found open, and the applicant's earlier enrolment on it.</summary>
internal sealed record OpenCourse(Guid Id, Guid ProviderId, Guid? EarlierEnrolmentId, bool SponsorIsProvider, EnrolledCourse Shown);
