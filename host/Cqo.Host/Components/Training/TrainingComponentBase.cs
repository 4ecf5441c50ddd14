using Cqo.Host.Components.Registry;
using Cqo.Training.Application.Enrolments;
using Cqo.Training.Contracts;

namespace Cqo.Host.Components.Training;

/// <summary>The registry components' helpers (a scope per call, permission checks, conflicts, reasons), with texts under <c>Ui:Training.*</c>.</summary>
public abstract class TrainingComponentBase : RegistryComponentBase
{
    protected override string TextPrefix => "Ui:Training.";

    /// <summary>
    /// Withdraws an enrolment after a confirmation that takes an optional reason; <paramref name="reload"/>
    /// runs after the change, or after a conflict shows what is there now. True when withdrawn.
    /// </summary>
    protected async Task<bool> WithdrawEnrolmentAsync(EnrolmentDto enrolment, string message, Func<Task> reload)
    {
        var reason = await AskReasonAsync(T("Enrol.Withdraw"), message, required: false, T("Enrol.Withdraw"),
            label: T("Enrol.WithdrawReason"), maxLength: TrainingLimits.CommentMaxLength);
        if (reason is null)
        {
            return false;
        }

        var request = new EnrolmentStepRequest(enrolment.ConcurrencyStamp, reason.Length == 0 ? null : reason);
        if (await ValidateAsync(request)
            && await ChangeAsync(s => s.GetRequiredService<EnrolmentSteps>().WithdrawAsync(enrolment.Id, request, CancellationToken.None), T("Enrol.Withdrawn"), reload))
        {
            await reload();
            return true;
        }

        return false;
    }
}
