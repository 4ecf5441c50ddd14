using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Courses;

/// <summary>The rules a course's terms, its sessions and its publication must meet.</summary>
internal sealed class CourseChecks(TrainingDbContext db, IReferenceDataQueries reference, TimeProvider clock)
{
    /// <summary>
    /// Every module must belong to the syllabus version the course names; appointment training must
    /// cover every compulsory module and at least the version's required hours.
    /// </summary>
    public async Task EnsureSyllabusCoveredAsync(CourseTerms terms, CancellationToken cancellationToken)
    {
        var syllabus = await reference.FindSyllabusAsync(terms.SyllabusVersionCode, cancellationToken)
            ?? throw new FieldValidationException("syllabusVersionCode", new ErrorMessage("Training:UnknownSyllabus", terms.SyllabusVersionCode));
        var known = syllabus.Modules.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var errors = new RuleErrors();
        for (var i = 0; i < terms.Modules.Count; i++)
        {
            if (!known.ContainsKey(terms.Modules[i].ModuleCode))
            {
                errors.Add($"modules[{i}].moduleCode", new ErrorMessage("Training:UnknownModule", terms.Modules[i].ModuleCode, syllabus.Code));
            }
        }

        errors.ThrowIfInvalid();
        if (terms.Type != CourseType.AppointmentTraining)
        {
            return;
        }

        var covered = terms.Modules.Select(m => m.ModuleCode).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in syllabus.Modules.Where(m => m.Compulsory && !covered.Contains(m.Code)))
        {
            errors.Add("modules", new ErrorMessage("Training:CompulsoryModuleMissing", missing.Code, missing.NameZh));
        }

        var total = terms.Modules.Sum(m => m.Hours);
        if (total < syllabus.RequiredHours)
        {
            errors.Add("modules", new ErrorMessage("Training:TooFewHours", total, syllabus.RequiredHours, syllabus.Code));
        }

        errors.ThrowIfBroken("training.syllabus_not_covered", "Training:SyllabusNotCovered");
    }

    /// <summary>After the terms change, every session must still fall within the dates and teach a module of the course.</summary>
    public void EnsureSessionsFit(Course course)
    {
        var errors = new RuleErrors();
        var modules = course.Modules.Select(m => m.ModuleCode).ToHashSet(StringComparer.Ordinal);
        foreach (var session in course.Sessions)
        {
            if (session.Date < course.StartDate || session.Date > course.EndDate)
            {
                errors.Add("startDate", new ErrorMessage("Training:SessionOutsideDates", session.Date));
            }

            if (!modules.Contains(session.ModuleCode))
            {
                errors.Add("modules", new ErrorMessage("Training:SessionModuleDropped", session.ModuleCode, session.Date));
            }

            CheckPlace(course.Delivery, session.Venue, session.OnlineLink, errors, "delivery");
        }

        errors.ThrowIfBroken("training.sessions_outside_terms", "Training:SessionsOutsideTerms");
    }

    /// <summary>
    /// A session must teach one of the course's modules, within its dates, by an active trainer of
    /// its provider who is not teaching elsewhere at the time, in a room nobody else of the provider
    /// uses at the time, and must not schedule a module beyond the hours the course gives it.
    /// </summary>
    public async Task EnsureSessionFitsAsync(Course course, Guid sessionId, SessionSlot slot, CancellationToken cancellationToken)
    {
        var errors = new RuleErrors();
        var module = course.Modules.FirstOrDefault(m => m.ModuleCode == slot.ModuleCode);
        var date = slot.StartsAt.ToShanghaiDate();
        if (date < course.StartDate || date > course.EndDate)
        {
            errors.Add("date", new ErrorMessage("Training:SessionDateOutside", date, course.StartDate, course.EndDate));
        }

        if (module is null)
        {
            errors.Add("moduleCode", new ErrorMessage("Training:SessionModuleNotInCourse", slot.ModuleCode));
        }
        else
        {
            var scheduled = course.Sessions.Where(s => s.Id != sessionId && s.ModuleCode == slot.ModuleCode).Sum(s => s.Minutes) + slot.Minutes;
            var allowed = Slot.MinutesOf(module.Hours);
            if (scheduled > allowed)
            {
                errors.Add("moduleCode", new ErrorMessage("Training:ModuleHoursExceeded", slot.ModuleCode, Slot.HoursOf(scheduled), module.Hours));
            }
            else if (course.Status != CourseStatus.Draft && scheduled != allowed)
            {
                // Published: enrollees signed up for these hours; a session may move but not shrink.
                errors.Add("endTime", new ErrorMessage("Training:PublishedHoursFixed", slot.ModuleCode, module.Hours));
            }
        }

        CheckPlace(course.Delivery, slot.Venue, slot.OnlineLink, errors);
        var trainer = await db.Trainers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == slot.TrainerId, cancellationToken);
        if (trainer is null || trainer.ProviderId != course.ProviderId || !trainer.Active)
        {
            errors.Add("trainerId", new ErrorMessage("Training:TrainerNotAvailable"));
        }

        await CheckBookingsAsync(course, sessionId, slot, errors, cancellationToken);
        errors.ThrowIfBroken("training.session_conflicts", "Training:SessionConflicts");
    }

    /// <summary>Publishing needs an approved provider, sessions giving every module exactly its hours, and enrolment still ahead.</summary>
    public async Task EnsurePublishableAsync(Course course, CancellationToken cancellationToken)
    {
        var errors = new RuleErrors();
        var status = await db.Providers.Where(p => p.Id == course.ProviderId).Select(p => p.Status).FirstAsync(cancellationToken);
        if (status != ProviderStatus.Approved)
        {
            errors.Add("providerId", new ErrorMessage("Training:ProviderNotApproved"));
        }

        if (course.Sessions.Count == 0)
        {
            errors.Add("sessions", new ErrorMessage("Training:NoSessions"));
        }

        foreach (var module in course.Modules)
        {
            var scheduled = course.Sessions.Where(s => s.ModuleCode == module.ModuleCode).Sum(s => s.Minutes);
            if (scheduled != Slot.MinutesOf(module.Hours))
            {
                errors.Add("sessions", new ErrorMessage("Training:ModuleHoursUnscheduled", module.ModuleCode, Slot.HoursOf(scheduled), module.Hours));
            }
        }

        foreach (var session in course.Sessions)
        {
            CheckPlace(course.Delivery, session.Venue, session.OnlineLink, errors, "sessions");
        }

        if (course.EnrolmentCloses < clock.Today())
        {
            errors.Add("enrolmentCloses", new ErrorMessage("Training:EnrolmentClosedAlready", course.EnrolmentCloses));
        }

        errors.ThrowIfBroken("training.course_not_publishable", "Training:CourseNotPublishable");
    }

    /// <summary>On site needs a room, online a link, hybrid either; <paramref name="field"/> names where a session's own fields are not the request's.</summary>
    private static void CheckPlace(CourseDelivery delivery, string? venue, string? onlineLink, RuleErrors errors, string? field = null)
    {
        if (delivery == CourseDelivery.OnSite && venue is null)
        {
            errors.Add(field ?? "venue", new ErrorMessage("Training:VenueRequired"));
        }

        if (delivery == CourseDelivery.Online && onlineLink is null)
        {
            errors.Add(field ?? "onlineLink", new ErrorMessage("Training:OnlineLinkRequired"));
        }

        if (delivery == CourseDelivery.Hybrid && venue is null && onlineLink is null)
        {
            errors.Add(field ?? "venue", new ErrorMessage("Training:VenueOrLinkRequired"));
        }
    }

    /// <summary>
    /// Trainers and rooms belong to one provider, so only its other sessions at the same time can
    /// clash; saves of one provider's sessions are serialized (<see cref="SessionScheduler"/>), so two
    /// bookings cannot both pass this check.
    /// </summary>
    private async Task CheckBookingsAsync(Course course, Guid sessionId, SessionSlot slot, RuleErrors errors, CancellationToken cancellationToken)
    {
        var clashes = await db.Courses.AsNoTracking()
            .Where(c => c.ProviderId == course.ProviderId && c.Status != CourseStatus.Cancelled)
            .SelectMany(c => c.Sessions, (c, s) => new { c.Title, s.Id, s.TrainerId, s.Venue, s.StartsAt, s.EndsAt })
            .Where(s => s.Id != sessionId && s.StartsAt < slot.EndsAt && slot.StartsAt < s.EndsAt
                && (s.TrainerId == slot.TrainerId || (slot.Venue != null && s.Venue == slot.Venue)))
            .ToListAsync(cancellationToken);
        // One session changes per request and it is left out, so the stored sessions are the current ones.
        foreach (var clash in clashes)
        {
            var at = clash.StartsAt.ToShanghai().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            if (clash.TrainerId == slot.TrainerId)
            {
                errors.Add("trainerId", new ErrorMessage("Training:TrainerDoubleBooked", clash.Title, at));
            }

            if (slot.Venue is not null && clash.Venue == slot.Venue)
            {
                errors.Add("venue", new ErrorMessage("Training:VenueDoubleBooked", clash.Title, at));
            }
        }
    }
}
