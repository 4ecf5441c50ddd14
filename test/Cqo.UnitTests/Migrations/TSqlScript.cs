using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Cqo.UnitTests.Migrations;

/// <summary>Parses T-SQL as SQL Server 2022 would, without a server.</summary>
internal static class TSqlScript
{
    public static IReadOnlyList<string> Errors(string script)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);
        return [.. errors.Select(e => $"line {e.Line}: {e.Message}")];
    }
}
