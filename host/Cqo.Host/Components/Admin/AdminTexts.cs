using System.Globalization;
using Cqo.Identity.Contracts;
using Cqo.SharedKernel.Security;

namespace Cqo.Host.Components.Admin;

/// <summary>
/// The administration pages' own texts, Chinese first and English second. They live here rather than
/// in the modules' JSON resources because those files belong to the modules' message catalogues.
/// </summary>
internal static class AdminTexts
{
    private static readonly Dictionary<string, (string Zh, string En)> s_texts = new(StringComparer.Ordinal)
    {
        ["Common.Save"] = ("保存", "Save"),
        ["Common.Cancel"] = ("取消", "Cancel"),
        ["Common.Confirm"] = ("确定", "Confirm"),
        ["Common.Close"] = ("关闭", "Close"),
        ["Common.Search"] = ("搜索", "Search"),
        ["Common.Actions"] = ("操作", "Actions"),
        ["Common.Edit"] = ("编辑", "Edit"),
        ["Common.Permissions"] = ("权限", "Permissions"),
        ["Common.Saved"] = ("已保存", "Saved"),
        ["Common.Yes"] = ("是", "Yes"),
        ["Common.No"] = ("否", "No"),
        ["Common.All"] = ("全部", "All"),
        ["Common.NoRecords"] = ("没有记录", "No records"),
        ["Common.Loading"] = ("加载中…", "Loading…"),
        ["Common.RowsPerPage"] = ("每页行数", "Rows per page"),
        ["Common.Failed"] = ("操作未完成", "The operation did not complete"),
        ["Common.CreatedAt"] = ("创建时间", "Created"),
        ["Common.DisplayName"] = ("显示名称", "Display name"),

        ["Scope.Kind"] = ("范围类型", "Scope kind"),
        ["Scope.Organisation"] = ("所属单位", "Organisation"),
        ["Scope.Jurisdiction"] = ("辖区代码", "Jurisdiction code"),
        ["Scope.Column"] = ("数据范围", "Scope"),

        ["Users.Title"] = ("用户管理", "Users"),
        ["Users.New"] = ("新建用户", "New user"),
        ["Users.EditTitle"] = ("编辑用户", "Edit user"),
        ["Users.UserName"] = ("用户名", "User name"),
        ["Users.DisplayName"] = ("显示名称", "Display name"),
        ["Users.Email"] = ("电子邮箱", "E-mail"),
        ["Users.Phone"] = ("电话", "Phone"),
        ["Users.InitialPassword"] = ("初始密码", "Initial password"),
        ["Users.Roles"] = ("角色", "Roles"),
        ["Users.Approval"] = ("审核状态", "Approval"),
        ["Users.Locked"] = ("已锁定", "Locked"),
        ["Users.Lock"] = ("锁定", "Lock"),
        ["Users.Unlock"] = ("解锁", "Unlock"),
        ["Users.ResetPassword"] = ("重置密码", "Reset password"),
        ["Users.NewPassword"] = ("新密码", "New password"),
        ["Users.ConfirmLock"] = ("锁定账号 {0}？该用户的所有会话和令牌将立即失效。", "Lock the account {0}? All of its sessions and tokens end at once."),
        ["Users.ConfirmUnlock"] = ("解锁账号 {0}？", "Unlock the account {0}?"),
        ["Users.ConfirmReset"] = ("为 {0} 设置新密码。该用户的所有令牌将立即失效。", "Set a new password for {0}. All of its tokens end at once."),
        ["Users.Created"] = ("已创建用户 {0}", "User {0} created"),
        ["Users.Locked.Done"] = ("已锁定 {0}", "{0} locked"),
        ["Users.Unlocked.Done"] = ("已解锁 {0}", "{0} unlocked"),
        ["Users.PasswordReset.Done"] = ("已重置 {0} 的密码", "Password of {0} reset"),
        ["Users.Total"] = ("共 {0} 个用户", "{0} users"),
        ["Users.PermissionsOf"] = ("用户权限：{0}", "Permissions of {0}"),

        ["Roles.Title"] = ("角色与权限", "Roles and permissions"),
        ["Roles.Name"] = ("角色", "Role"),
        ["Roles.UserCount"] = ("用户数", "Users"),
        ["Roles.GrantCount"] = ("权限数", "Grants"),
        ["Roles.Standard"] = ("内置", "Standard"),
        ["Roles.SelectHint"] = ("选择一个角色查看并编辑其权限。", "Select a role to see and edit its permissions."),
        ["Roles.PermissionsOf"] = ("角色权限：{0}", "Permissions of {0}"),

        ["Clients.Title"] = ("集成客户端", "Integration clients"),
        ["Clients.New"] = ("新建客户端", "New client"),
        ["Clients.ClientId"] = ("客户端 ID", "Client ID"),
        ["Clients.Permissions"] = ("权限", "Permissions"),
        ["Clients.SecretRotatedAt"] = ("密钥轮换时间", "Secret rotated"),
        ["Clients.Rotate"] = ("轮换密钥", "Rotate secret"),
        ["Clients.ConfirmRotate"] = ("为 {0} 生成新密钥？旧密钥立即失效，已签发的令牌到期前仍有效。", "Generate a new secret for {0}? The old one stops working at once; tokens already issued run until they expire."),
        ["Clients.SecretTitle"] = ("客户端密钥", "Client secret"),
        ["Clients.SecretHint"] = ("密钥只显示这一次。请立即复制并妥善保存，关闭后无法再次查看。", "The secret is shown this once. Copy it now and keep it safe: it cannot be shown again."),
        ["Clients.PermissionsOf"] = ("客户端权限：{0}", "Permissions of {0}"),

        ["Log.Title"] = ("安全日志", "Security log"),
        ["Log.User"] = ("用户或客户端", "User or client"),
        ["Log.Action"] = ("事件", "Event"),
        ["Log.From"] = ("开始日期", "From"),
        ["Log.To"] = ("结束日期", "To"),
        ["Log.At"] = ("时间（北京时间）", "Time (Asia/Shanghai)"),
        ["Log.Ip"] = ("IP 地址", "IP address"),
        ["Log.UserAgent"] = ("客户端标识", "User agent"),
        ["Log.Detail"] = ("详情", "Detail"),
        ["Log.Export"] = ("导出 CSV", "Export CSV"),
        ["Log.ExportTruncated"] = ("只导出了前 {0} 条", "Only the first {0} rows were exported"),

        ["Registrations.Title"] = ("注册审核", "Registrations"),
        ["Registrations.Approve"] = ("批准", "Approve"),
        ["Registrations.Reject"] = ("驳回", "Reject"),
        ["Registrations.ConfirmApprove"] = ("批准 {0} 的注册？", "Approve the registration of {0}?"),
        ["Registrations.ConfirmReject"] = ("驳回 {0} 的注册？", "Reject the registration of {0}?"),
        ["Registrations.Approved"] = ("已批准 {0}", "{0} approved"),
        ["Registrations.Rejected"] = ("已驳回 {0}", "{0} rejected"),
        ["Registrations.None"] = ("没有待审核的注册", "No registrations waiting"),

        ["Perm.Save"] = ("保存权限", "Save permissions"),

        ["ScopeKind.Platform"] = ("平台", "Platform"),
        ["ScopeKind.MunicipalRegulator"] = ("市级监管", "Municipal regulator"),
        ["ScopeKind.DistrictRegulator"] = ("区级监管", "District regulator"),
        ["ScopeKind.Auditor"] = ("审计", "Auditor"),
        ["ScopeKind.Enterprise"] = ("企业", "Enterprise"),
        ["ScopeKind.TrainingProvider"] = ("培训机构", "Training provider"),
        ["ScopeKind.Individual"] = ("个人", "Individual"),

        ["Approval.Approved"] = ("已通过", "Approved"),
        ["Approval.Pending"] = ("待审核", "Pending"),
        ["Approval.Rejected"] = ("已驳回", "Rejected"),

        ["Action.SignInSucceeded"] = ("登录成功", "Signed in"),
        ["Action.SignInFailed"] = ("登录失败", "Sign-in failed"),
        ["Action.SignInRefused"] = ("登录被拒绝", "Sign-in refused"),
        ["Action.LockedOut"] = ("多次失败被锁定", "Locked out"),
        ["Action.SignedOut"] = ("退出登录", "Signed out"),
        ["Action.TwoFactorFailed"] = ("双因素验证失败", "Two-factor check failed"),
        ["Action.TwoFactorEnabled"] = ("启用双因素验证", "Two-factor enabled"),
        ["Action.TwoFactorDisabled"] = ("停用双因素验证", "Two-factor disabled"),
        ["Action.PasswordChanged"] = ("修改密码", "Password changed"),
        ["Action.PasswordReset"] = ("重置密码", "Password reset"),
        ["Action.AccountLocked"] = ("管理员锁定账号", "Account locked"),
        ["Action.AccountUnlocked"] = ("管理员解锁账号", "Account unlocked"),
        ["Action.TokenIssued"] = ("签发令牌", "Token issued"),
        ["Action.TokenRefused"] = ("拒绝签发令牌", "Token refused"),
        ["Action.Registered"] = ("自助注册", "Registered"),
        ["Action.RegistrationApproved"] = ("注册已批准", "Registration approved"),
        ["Action.RegistrationRejected"] = ("注册已驳回", "Registration rejected"),
    };

    private static bool IsEnglish => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text in the current UI culture; an unknown key shows itself so a gap is visible, not blank.</summary>
    public static string Get(string key) =>
        s_texts.TryGetValue(key, out var text) ? (IsEnglish ? text.En : text.Zh) : key;

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);

    public static string Of(ScopeKind kind) => Get($"ScopeKind.{kind}");

    public static string Of(ApprovalStatus approval) => Get($"Approval.{approval}");

    public static string Of(SecurityAction action) => Get($"Action.{action}");

    /// <summary>Every key, for a test that both languages are filled in.</summary>
    public static IEnumerable<string> Keys => s_texts.Keys;
}
