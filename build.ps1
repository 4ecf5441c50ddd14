#Requires -Version 7.0
<#
.SYNOPSIS
    Build script of the CQO Platform.

.DESCRIPTION
    Run it through the local tool manifest:

        dotnet tool restore
        dotnet pwsh ./build.ps1 <target> [-Name <MigrationName>] [-Configuration Debug|Release]

    Targets:
        build             dotnet build Cqo.slnx (warnings are errors via Directory.Build.props).
        test              Build once, then unit, architecture and integration tests, then the browser
                          tests; the integration tests run twice: on SQLite and on PostgreSQL. PostgreSQL
                          comes from CQO_TEST_POSTGRES when set, otherwise from a throwaway local cluster
                          (initdb + pg_ctl) that is always stopped and deleted afterwards. The browser
                          tests (Playwright) drive Debian's /usr/bin/chromium against the host on SQLite;
                          without it they are skipped with a warning, except under CI=true, where they
                          fail. Failed browser tests leave a screenshot and the page's HTML in
                          artifacts/browser-failures/. Every test host logs to artifacts/test-logs/ (one
                          JSON-lines file per host); a last suite, log-scan, fails on any personal ID
                          number found there. Matrix, fuzzing and fault tests record their figures, rendered
                          with the suites' results into docs/reliability.md.
        migrations-add    Add migration -Name to the Sqlite, SqlServer and PostgreSql migration projects.
        migrations-check  Fail if any provider's migrations lag behind the model.
        sqlserver-script  Write the idempotent SQL Server script to artifacts/sql/cqo-sqlserver.sql.
        bench             Run test/Cqo.Benchmarks (Release) and print artifacts/bench/report.md. The registry
                          search section runs on PostgreSQL from CQO_BENCH_POSTGRES when set, otherwise on
                          the test target's throwaway cluster (always stopped and deleted afterwards).
        ci                build, test, migrations-check, sqlserver-script, vulnerable-package audit.
        pg-smoke          Diagnostic: start the throwaway PostgreSQL cluster, run 'select 1' as cqo over
                          TCP with a password, stop it and check that nothing is left behind.
        help              List the targets.
#>
param(
    [Parameter(Position = 0)][string]$Target = 'build',
    [string]$Name,
    [string]$Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

$RepoRoot = $PSScriptRoot
$Solution = 'Cqo.slnx'
$ArtifactsDir = Join-Path $RepoRoot 'artifacts'
$MigrationContext = 'CqoMigrationsDbContext'
$MigrationProviders = @('Sqlite', 'SqlServer', 'PostgreSql')
# The browser tests use Debian's Chromium (never a Playwright-downloaded one).
$ChromiumPath = '/usr/bin/chromium'

# Set once the solution has been built in this run, so later steps can use --no-build.
$script:Built = $false

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------

function Write-Step([string]$Title) {
    Write-Host ''
    Write-Host "== $Title ==" -ForegroundColor Cyan
}

function Write-Banner([string[]]$Lines, [ConsoleColor]$Color = 'Yellow') {
    $bar = '!' * 78
    Write-Host ''
    Write-Host $bar -ForegroundColor $Color
    foreach ($line in $Lines) { Write-Host "!! $line" -ForegroundColor $Color }
    Write-Host $bar -ForegroundColor $Color
}

function Invoke-Native {
    <#
        Runs a native command and checks its exit code. Output goes to the console (never into the
        caller's pipeline). -Quiet captures the output and shows it only when the command fails.
        -IgnoreExitCode returns the exit code instead of throwing on a non-zero one.
    #>
    param(
        [Parameter(Mandatory)][string]$FilePath,
        [string[]]$ArgumentList = @(),
        [string]$FailureMessage,
        [switch]$Quiet,
        [switch]$IgnoreExitCode
    )
    $commandLine = (@($FilePath) + $ArgumentList) -join ' '
    Write-Host "> $commandLine" -ForegroundColor DarkGray
    if ($Quiet) {
        $output = & $FilePath @ArgumentList 2>&1 | ForEach-Object { "$_" }
        $exitCode = $LASTEXITCODE
        if ($exitCode -ne 0) { $output | Out-Host }
    }
    else {
        & $FilePath @ArgumentList | Out-Host
        $exitCode = $LASTEXITCODE
    }
    if ($IgnoreExitCode) { return $exitCode }
    if ($exitCode -ne 0) {
        if (-not $FailureMessage) { $FailureMessage = "'$FilePath' failed" }
        throw "$FailureMessage (exit code $exitCode): $commandLine"
    }
}

function Invoke-NativeCapture {
    # Runs a native command, echoes its output and returns it as [pscustomobject]@{ ExitCode; Lines }.
    param([Parameter(Mandatory)][string]$FilePath, [string[]]$ArgumentList = @())
    Write-Host "> $((@($FilePath) + $ArgumentList) -join ' ')" -ForegroundColor DarkGray
    $lines = @(& $FilePath @ArgumentList 2>&1 | ForEach-Object { "$_" })
    $exitCode = $LASTEXITCODE
    $lines | Out-Host
    [pscustomobject]@{ ExitCode = $exitCode; Lines = $lines }
}

function Get-EfArguments([string]$Provider) {
    # The per-provider migrations project is its own dotnet-ef startup project.
    $project = "migrations/Cqo.Migrations.$Provider"
    $arguments = @('--project', $project, '--startup-project', $project, '--context', $MigrationContext,
        '--configuration', $Configuration)
    if ($script:Built) { $arguments += '--no-build' }
    return $arguments
}

function Test-IsRoot {
    if ($IsWindows) { return $false }
    return ((& id -u) -eq '0')
}

function Get-FreeTcpPort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    try {
        $listener.Start()
        return ([System.Net.IPEndPoint]$listener.LocalEndpoint).Port
    }
    finally {
        $listener.Stop()
    }
}

function Test-ProcessAlive([int]$ProcessId) {
    if ($ProcessId -le 0) { return $false }
    $stat = "/proc/$ProcessId/stat"
    if (Test-Path $stat) {
        # An exited child of a non-reaping PID 1 lingers as a zombie ('Z'): that counts as gone.
        $state = ((Get-Content -Raw $stat) -replace '^.*\)\s+', '').Substring(0, 1)
        return $state -ne 'Z'
    }
    if ($IsLinux) { return $false }
    return $null -ne (Get-Process -Id $ProcessId -ErrorAction SilentlyContinue)
}

# ---------------------------------------------------------------------------------------------
# Throwaway PostgreSQL cluster
# ---------------------------------------------------------------------------------------------

function Find-PostgresBinDir {
    # Debian layout first (/usr/lib/postgresql/<major>/bin, highest major wins), then PATH.
    $candidates = @(Get-ChildItem -Path '/usr/lib/postgresql/*/bin/initdb' -ErrorAction SilentlyContinue)
    if ($candidates.Count -gt 0) {
        $best = $candidates |
            Sort-Object -Descending { if ($_.Directory.Parent.Name -match '^\d+') { [int]$Matches[0] } else { 0 } } |
            Select-Object -First 1
        return $best.DirectoryName
    }
    $initdb = Get-Command initdb -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($initdb) { return (Split-Path -Parent $initdb.Source) }
    return $null
}

function Invoke-PgTool {
    # Runs a PostgreSQL server tool; as the 'postgres' OS user when we are root (initdb refuses root).
    param(
        [Parameter(Mandatory)]$Pg,
        [Parameter(Mandatory)][string]$Tool,
        [string[]]$ArgumentList = @(),
        [string]$FailureMessage,
        [switch]$IgnoreExitCode
    )
    $exe = Join-Path $Pg.BinDir $Tool
    if ($Pg.RunAs) {
        return Invoke-Native -FilePath 'runuser' -ArgumentList (@('-u', $Pg.RunAs, '--', $exe) + $ArgumentList) `
            -FailureMessage $FailureMessage -Quiet -IgnoreExitCode:$IgnoreExitCode
    }
    return Invoke-Native -FilePath $exe -ArgumentList $ArgumentList -FailureMessage $FailureMessage -Quiet `
        -IgnoreExitCode:$IgnoreExitCode
}

function Start-TestPostgres {
    <#
        Starts a throwaway cluster on 127.0.0.1:<free port>: trust over the Unix socket (only for the
        bootstrap), scram-sha-256 over TCP, role cqo/cqo (SUPERUSER: it creates and drops databases
        and Hangfire schemas). Returns the cluster state; pass it to Stop-TestPostgres. Cleans up after
        itself when it fails.
    #>
    param([Parameter(Mandatory)][string]$BinDir)

    Write-Step 'Starting throwaway PostgreSQL'
    $runAs = $null
    $tempBase = [System.IO.Path]::GetTempPath()
    if (Test-IsRoot) {
        $runAs = 'postgres'
        if (-not (Get-Command runuser -CommandType Application -ErrorAction SilentlyContinue)) {
            throw "Running as root: PostgreSQL must run as the 'postgres' OS user, but 'runuser' is not available."
        }
        & id -u $runAs *> $null
        if ($LASTEXITCODE -ne 0) {
            throw "Running as root: initdb refuses root, and there is no '$runAs' OS user to run PostgreSQL as."
        }
        $tempBase = '/tmp' # world-traversable, whatever TMPDIR says
    }

    $root = Join-Path $tempBase ('cqo-pg-' + [guid]::NewGuid().ToString('N').Substring(0, 10))
    $pg = [pscustomobject]@{
        BinDir           = $BinDir
        RunAs            = $runAs
        Root             = $root
        DataDir          = Join-Path $root 'data'
        SocketDir        = Join-Path $root 'sock'
        LogFile          = Join-Path $root 'postgres.log'
        Port             = 0
        ProcessId        = 0
        ConnectionString = $null
    }

    try {
        $null = New-Item -ItemType Directory -Path $pg.SocketDir -Force
        $passwordFile = Join-Path $root 'superuser-password'
        Set-Content -Path $passwordFile -Value 'postgres'
        if ($runAs) {
            Invoke-Native -FilePath 'chown' -ArgumentList @('-R', "${runAs}:", $root) -FailureMessage 'Could not hand the temp dir to the postgres user'
        }

        Invoke-PgTool $pg 'initdb' @('-D', $pg.DataDir, '-U', 'postgres', "--pwfile=$passwordFile",
            '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync') `
            -FailureMessage 'initdb failed'

        $pg.Port = Get-FreeTcpPort
        # Durability is pointless for a throwaway cluster; these settings make the tests faster.
        $serverOptions = "-p $($pg.Port) -k '$($pg.SocketDir)' -c listen_addresses=127.0.0.1 " +
            '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200'
        Invoke-PgTool $pg 'pg_ctl' @('-D', $pg.DataDir, '-l', $pg.LogFile, '-w', '-t', '60', '-o', $serverOptions, 'start') `
            -FailureMessage 'pg_ctl start failed'
        $pg.ProcessId = [int]((Get-Content -Path (Join-Path $pg.DataDir 'postmaster.pid') -TotalCount 1).Trim())

        Invoke-Native -FilePath (Join-Path $BinDir 'psql') -Quiet -FailureMessage 'Could not create the cqo role' -ArgumentList @(
            '-X', '-q', '-h', $pg.SocketDir, '-p', "$($pg.Port)", '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1',
            '-c', "CREATE ROLE cqo LOGIN PASSWORD 'cqo' SUPERUSER")

        $pg.ConnectionString = "Host=127.0.0.1;Port=$($pg.Port);Username=cqo;Password=cqo;Database=postgres"
        $version = (& (Join-Path $BinDir 'pg_ctl') --version) -replace '^pg_ctl \(PostgreSQL\)\s*', ''
        Write-Host "PostgreSQL $version ready on 127.0.0.1:$($pg.Port) (pid $($pg.ProcessId), data in $($pg.DataDir)$(if ($runAs) { ", running as $runAs" }))"
        return $pg
    }
    catch {
        if (Test-Path $pg.LogFile) {
            Write-Host "--- last lines of $($pg.LogFile) ---" -ForegroundColor Yellow
            Get-Content -Path $pg.LogFile -Tail 40 | Out-Host
        }
        $null = Stop-TestPostgres $pg
        throw
    }
}

function Stop-TestPostgres {
    # Stops the cluster and deletes its temp dir. Never throws; returns $true when nothing is left behind.
    param($Pg)
    if ($null -eq $Pg) { return $true }

    Write-Step 'Stopping throwaway PostgreSQL'
    $clean = $true
    try {
        if (Test-Path (Join-Path $Pg.DataDir 'postmaster.pid')) {
            $code = Invoke-PgTool $Pg 'pg_ctl' @('-D', $Pg.DataDir, '-m', 'fast', '-w', '-t', '30', 'stop') -IgnoreExitCode
            if ($code -ne 0) {
                Write-Host "pg_ctl stop -m fast failed (exit code $code); trying -m immediate" -ForegroundColor Yellow
                $null = Invoke-PgTool $Pg 'pg_ctl' @('-D', $Pg.DataDir, '-m', 'immediate', '-w', '-t', '30', 'stop') -IgnoreExitCode
            }
        }
        if (Test-ProcessAlive $Pg.ProcessId) {
            Write-Host "postmaster $($Pg.ProcessId) is still running; killing it" -ForegroundColor Yellow
            Stop-Process -Id $Pg.ProcessId -Force -ErrorAction SilentlyContinue
            Start-Sleep -Seconds 1
        }
        if (Test-ProcessAlive $Pg.ProcessId) {
            Write-Host "ERROR: could not stop PostgreSQL (pid $($Pg.ProcessId))" -ForegroundColor Red
            $clean = $false
        }
    }
    catch {
        Write-Host "ERROR while stopping PostgreSQL: $($_.Exception.Message)" -ForegroundColor Red
        $clean = $false
    }

    try {
        if (Test-Path $Pg.Root) { Remove-Item -Path $Pg.Root -Recurse -Force }
    }
    catch {
        Write-Host "ERROR: could not delete $($Pg.Root): $($_.Exception.Message)" -ForegroundColor Red
    }
    if (Test-Path $Pg.Root) {
        $clean = $false
    }
    else {
        Write-Host "Stopped; removed $($Pg.Root)"
    }
    return $clean
}

function Get-PostgresPlan {
    # Decides, before anything is built, where the PostgreSQL integration run gets its server.
    if (-not [string]::IsNullOrWhiteSpace($env:CQO_TEST_POSTGRES)) {
        return [pscustomobject]@{ Mode = 'external'; BinDir = $null }
    }
    $binDir = Find-PostgresBinDir
    if ($binDir) {
        return [pscustomobject]@{ Mode = 'throwaway'; BinDir = $binDir }
    }
    if ($env:CI -eq 'true') {
        throw 'PostgreSQL is required in CI: install the postgresql package (no /usr/lib/postgresql/*/bin/initdb found and CQO_TEST_POSTGRES is not set).'
    }
    Write-Banner @(
        'WARNING: no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin/initdb) and',
        'CQO_TEST_POSTGRES is not set. The integration tests will run on SQLite ONLY.',
        'Install the postgresql package (or set CQO_TEST_POSTGRES) to test PostgreSQL too.')
    return [pscustomobject]@{ Mode = 'skip'; BinDir = $null }
}

# ---------------------------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------------------------

function Read-TrxCounters([string]$Directory) {
    $trx = Get-ChildItem -Path $Directory -Filter '*.trx' -Recurse -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $trx) { return $null }
    [xml]$xml = Get-Content -Raw -Path $trx.FullName
    $counters = $xml.TestRun.ResultSummary.Counters
    $count = { param($attribute) $value = $counters.GetAttribute($attribute); if ($value) { [int]$value } else { 0 } }
    [pscustomobject]@{
        File    = $trx.FullName
        Total   = & $count 'total'
        Passed  = & $count 'passed'
        Failed  = (& $count 'failed') + (& $count 'error') + (& $count 'timeout') + (& $count 'aborted')
        # VSTest leaves Counters.notExecuted at 0 for skipped tests; count their results instead.
        Skipped = $xml.SelectNodes("//*[local-name()='UnitTestResult'][@outcome='NotExecuted']").Count
    }
}

function New-SuiteResult([string]$Suite, [string]$Provider, [string]$Result, $Counters = $null, [string]$Duration = '-') {
    [pscustomobject]@{
        Suite    = $Suite
        Provider = $Provider
        Passed   = if ($Counters) { $Counters.Passed } else { '-' }
        Failed   = if ($Counters) { $Counters.Failed } else { '-' }
        Skipped  = if ($Counters) { $Counters.Skipped } else { '-' }
        Duration = $Duration
        Result   = $Result
    }
}

function Invoke-TestSuite {
    param(
        [Parameter(Mandatory)][string]$Suite,
        [Parameter(Mandatory)][string]$Title,
        [Parameter(Mandatory)][string]$Project,
        [string]$Provider = 'n/a',
        [hashtable]$Environment = @{},
        # A dotnet test --filter expression, for a suite that is one part of a test project.
        [string]$Filter
    )
    Write-Step $Title
    $resultsDir = Join-Path $ArtifactsDir "test-results/$Suite"
    if (Test-Path $resultsDir) { Remove-Item -Path $resultsDir -Recurse -Force }

    $saved = @{}
    foreach ($key in $Environment.Keys) {
        $saved[$key] = [Environment]::GetEnvironmentVariable($key)
        [Environment]::SetEnvironmentVariable($key, $Environment[$key])
    }
    if ($Environment.ContainsKey('CQO_TEST_PROVIDER')) { Write-Host "CQO_TEST_PROVIDER=$($Environment['CQO_TEST_PROVIDER'])" }

    $arguments = @('test', $Project, '--no-build', '-c', $Configuration,
        '--results-directory', $resultsDir, '--logger', "trx;LogFileName=$Suite.trx")
    if ($Filter) { $arguments += @('--filter', $Filter) }
    $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
    try {
        $exitCode = Invoke-Native -FilePath 'dotnet' -IgnoreExitCode -ArgumentList $arguments
    }
    finally {
        foreach ($key in $saved.Keys) { [Environment]::SetEnvironmentVariable($key, $saved[$key]) }
    }
    $duration = $stopwatch.Elapsed.ToString('mm\:ss')

    $counters = Read-TrxCounters $resultsDir
    $result = if ($exitCode -ne 0) { "FAILED (exit code $exitCode)" }
        elseif (-not $counters) { 'FAILED (no trx file)' }
        elseif ($counters.Failed -gt 0) { 'FAILED' }
        elseif ($counters.Total -eq 0) { 'FAILED (no tests ran)' }
        elseif ($counters.Passed -eq 0) { 'FAILED (every test skipped)' }
        else { 'passed' }
    if ($counters) { Write-Host "Results: $([System.IO.Path]::GetRelativePath($RepoRoot, $counters.File))" }
    return New-SuiteResult $Suite $Provider $result $counters $duration
}

function Write-TestSummary($Results) {
    Write-Step 'Test summary'
    $table = $Results | Format-Table -AutoSize -Property Suite, Provider, Passed, Failed, Skipped, Duration, Result |
        Out-String -Width 200
    foreach ($line in ($table.Trim("`r", "`n") -split "`r?`n")) {
        $color = if ($line -match 'FAILED|ERROR') { 'Red' } elseif ($line -match 'SKIPPED|NO TESTS') { 'Yellow' } else { 'Gray' }
        Write-Host $line -ForegroundColor $color
    }
    Write-Host "trx files: $([System.IO.Path]::GetRelativePath($RepoRoot, (Join-Path $ArtifactsDir 'test-results')))/<suite>/<suite>.trx"
}

function Write-ReliabilityReport($Results, [string]$Figures) {
    <#
        docs/reliability.md: the test run's suites, then what each reliability test recorded after its
        assertions held (one JSON file each in $Figures: matrix, fuzzing, faults), then the load figures
        the bench wrote, if it has run. Regenerated by every test run; never edited by hand.
    #>
    $commit = (& git -C $RepoRoot rev-parse --short HEAD 2>$null)
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add('# Reliability')
    $lines.Add('')
    $lines.Add("Regenerated by ``build.ps1 test`` on $((Get-Date).ToUniversalTime().ToString('yyyy-MM-dd HH:mm')) UTC at commit $commit; do not edit by hand.")
    $lines.Add('A scenario is listed only if its test passed in this run; figures are what it measured.')
    $lines.Add('')
    $lines.Add('## Test run')
    $lines.Add('')
    $lines.Add('| Suite | Provider | Passed | Failed | Skipped | Duration | Result |')
    $lines.Add('|---|---|---|---|---|---|---|')
    foreach ($r in $Results) { $lines.Add("| $($r.Suite) | $($r.Provider) | $($r.Passed) | $($r.Failed) | $($r.Skipped) | $($r.Duration) | $($r.Result) |") }
    $entries = @(Get-ChildItem -Path $Figures -Filter '*.json' -File -ErrorAction SilentlyContinue | ForEach-Object { Get-Content $_.FullName -Raw | ConvertFrom-Json })
    foreach ($section in ($entries | Group-Object section | Sort-Object Name)) {
        $lines.Add('')
        $lines.Add("## $($section.Name)")
        $lines.Add('')
        $lines.Add('| Scenario | Provider | Held | Figures |')
        $lines.Add('|---|---|---|---|')
        foreach ($e in ($section.Group | Sort-Object scenario, provider)) {
            $figures = ($e.figures.PSObject.Properties | ForEach-Object { "$($_.Name): $($_.Value)" }) -join '; '
            $lines.Add("| $($e.scenario) | $($e.provider) | $($e.outcome) | $figures |")
        }
    }
    $lines.Add('')
    $lines.Add('## Load')
    $lines.Add('')
    $load = Join-Path $ArtifactsDir 'bench/load.md'
    if (Test-Path $load) { $lines.AddRange([string[]](Get-Content $load)) }
    else { $lines.Add('Not measured in this run: `build.ps1 bench` writes the load figures (throughput, p50/p95/p99, memory, one host against two).') }
    $target = Join-Path $RepoRoot 'docs/reliability.md'
    Set-Content -Path $target -Value $lines -Encoding utf8NoBOM
    Write-Host "Reliability figures: $([System.IO.Path]::GetRelativePath($RepoRoot, $target)) ($($entries.Count) scenarios)"
}

# ---------------------------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------------------------

function Invoke-BuildTarget {
    if ($script:Built) { return }
    Write-Step "Build ($Configuration)"
    Invoke-Native -FilePath 'dotnet' -ArgumentList @('build', $Solution, '-c', $Configuration) -FailureMessage 'Build failed'
    $script:Built = $true
}

function Invoke-TestTarget {
    # The integration tests count the platform's mails on a real SMTP server (Debian's aiosmtpd).
    & /usr/bin/python3 -c 'import aiosmtpd' 2>$null
    if ($LASTEXITCODE -ne 0) {
        throw 'The integration tests need python3-aiosmtpd (a real SMTP server): apt-get install -y python3-aiosmtpd'
    }
    $postgres = Get-PostgresPlan
    Invoke-BuildTarget

    # Every test host writes its log events here; the last suite scans them for personal ID numbers.
    $testLogs = Join-Path $ArtifactsDir 'test-logs'
    if (Test-Path $testLogs) { Remove-Item -Path $testLogs -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $testLogs -Force
    # Reliability tests record their figures here; docs/reliability.md is rendered from them at the end.
    $reliability = Join-Path $ArtifactsDir 'reliability'
    if (Test-Path $reliability) { Remove-Item -Path $reliability -Recurse -Force }
    $logged = @{ CQO_TEST_LOG_DIR = $testLogs; CQO_RELIABILITY_DIR = $reliability }

    $unit = 'test/Cqo.UnitTests/Cqo.UnitTests.csproj'
    $results = [System.Collections.Generic.List[object]]::new()
    $results.Add((Invoke-TestSuite -Suite 'unit' -Title 'Unit tests' -Project $unit -Environment $logged))
    $results.Add((Invoke-TestSuite -Suite 'architecture' -Title 'Architecture tests' -Project 'test/Cqo.ArchitectureTests/Cqo.ArchitectureTests.csproj' `
        -Environment $logged))

    $integration = 'test/Cqo.IntegrationTests/Cqo.IntegrationTests.csproj'
    $results.Add((Invoke-TestSuite -Suite 'integration-sqlite' -Title 'Integration tests (SQLite)' -Project $integration `
        -Provider 'Sqlite' -Environment ($logged + @{ CQO_TEST_PROVIDER = 'Sqlite' })))

    $browserSkipped = $false
    $browserFailures = Join-Path $ArtifactsDir 'browser-failures'
    if (Test-Path $browserFailures) { Remove-Item -Path $browserFailures -Recurse -Force }
    if (Test-Path $ChromiumPath) {
        $results.Add((Invoke-TestSuite -Suite 'browser' -Title 'Browser tests (Chromium, SQLite)' `
            -Project 'test/Cqo.BrowserTests/Cqo.BrowserTests.csproj' -Provider 'Sqlite' -Environment $logged))
        if (Test-Path (Join-Path $browserFailures '*')) {
            Write-Host "Failed browser tests left screenshots and HTML in $([System.IO.Path]::GetRelativePath($RepoRoot, $browserFailures))/" -ForegroundColor Yellow
        }
    }
    elseif ($env:CI -eq 'true') {
        Write-Step 'Browser tests (Chromium, SQLite)'
        Write-Host "ERROR: Chromium is required in CI: $ChromiumPath is missing (apt-get install -y chromium)." -ForegroundColor Red
        $results.Add((New-SuiteResult 'browser' 'Sqlite' 'ERROR (chromium missing)'))
    }
    else {
        $browserSkipped = $true
        $results.Add((New-SuiteResult 'browser' 'Sqlite' 'SKIPPED (no /usr/bin/chromium)'))
    }

    $cleanupFailed = $false
    switch ($postgres.Mode) {
        'external' {
            $masked = $env:CQO_TEST_POSTGRES -replace '(?i)((?:password|pwd)\s*=)[^;]*', '$1***'
            Write-Host "Using PostgreSQL from CQO_TEST_POSTGRES: $masked"
            $results.Add((Invoke-TestSuite -Suite 'integration-postgresql' -Title 'Integration tests (PostgreSQL)' -Project $integration `
                -Provider 'PostgreSql' -Environment ($logged + @{ CQO_TEST_PROVIDER = 'PostgreSql' })))
        }
        'throwaway' {
            $pg = $null
            try {
                $pg = Start-TestPostgres -BinDir $postgres.BinDir
                $results.Add((Invoke-TestSuite -Suite 'integration-postgresql' -Title 'Integration tests (PostgreSQL)' -Project $integration `
                    -Provider 'PostgreSql' -Environment ($logged + @{ CQO_TEST_PROVIDER = 'PostgreSql'; CQO_TEST_POSTGRES = $pg.ConnectionString })))
            }
            catch {
                Write-Host "ERROR: $($_.Exception.Message)" -ForegroundColor Red
                $results.Add((New-SuiteResult 'integration-postgresql' 'PostgreSql' 'ERROR (see above)'))
            }
            finally {
                if ($pg -and -not (Stop-TestPostgres $pg)) { $cleanupFailed = $true }
            }
        }
        'skip' {
            $results.Add((New-SuiteResult 'integration-postgresql' 'PostgreSql' 'SKIPPED (no PostgreSQL binaries)'))
        }
    }

    # Last, over what every suite before it logged (and failing on an empty folder rather than passing).
    $results.Add((Invoke-TestSuite -Suite 'log-scan' -Title 'Test logs scanned for personal ID numbers' -Project $unit `
        -Filter 'FullyQualifiedName~Cqo.UnitTests.Logs.TestRunLogScanTests' -Environment @{ CQO_SCAN_LOG_DIR = $testLogs }))
    Write-Host "Test logs: $([System.IO.Path]::GetRelativePath($RepoRoot, $testLogs))/ ($(@(Get-ChildItem -Path $testLogs -File).Count) files)"

    Write-TestSummary $results
    Write-ReliabilityReport $results $reliability
    if ($postgres.Mode -eq 'skip') {
        Write-Banner @('PostgreSQL integration tests were SKIPPED: no PostgreSQL server binaries found.')
    }
    if ($browserSkipped) {
        Write-Banner @("Browser tests were SKIPPED: no Chromium at $ChromiumPath.",
            'Install it with: apt-get install -y chromium')
    }
    $failed = @($results | Where-Object { $_.Result -match 'FAILED|ERROR' })
    if ($failed.Count -gt 0) {
        throw "$($failed.Count) test suite(s) failed: $(($failed | ForEach-Object { $_.Suite }) -join ', ')"
    }
    if ($cleanupFailed) { throw 'The throwaway PostgreSQL cluster could not be cleaned up (see above).' }
}

function Invoke-MigrationsAddTarget {
    if ([string]::IsNullOrWhiteSpace($Name)) {
        throw "migrations-add needs a migration name: dotnet pwsh ./build.ps1 migrations-add -Name <MigrationName>"
    }
    if ($Name -notmatch '^[A-Za-z_][A-Za-z0-9_]*$') {
        throw "Migration name '$Name' is not a valid C# identifier."
    }
    $done = @()
    foreach ($provider in $MigrationProviders) {
        Write-Step "Add migration $Name ($provider)"
        $failure = "Adding migration $Name to $provider failed" +
            $(if ($done) { " (already added to: $($done -join ', '); undo with 'dotnet ef migrations remove')" } else { '' })
        Invoke-Native -FilePath 'dotnet' -FailureMessage $failure -ArgumentList (
            @('ef', 'migrations', 'add', $Name, '--output-dir', 'Migrations') + (Get-EfArguments $provider))
        $done += $provider
    }
    Write-Host "Added migration $Name to: $($done -join ', ')" -ForegroundColor Green
}

function Invoke-MigrationsCheckTarget {
    $problems = @()
    foreach ($provider in $MigrationProviders) {
        Write-Step "Pending model changes ($provider)"
        $run = Invoke-NativeCapture -FilePath 'dotnet' -ArgumentList (
            @('ef', 'migrations', 'has-pending-model-changes') + (Get-EfArguments $provider))
        if ($run.ExitCode -eq 0) { continue }
        if ($run.Lines -match 'Changes have been made to the model') {
            $problems += "$provider has pending model changes (run: dotnet pwsh ./build.ps1 migrations-add -Name <Name>)"
        }
        else {
            $problems += "$provider check failed (exit code $($run.ExitCode))"
        }
    }
    if ($problems) { throw "migrations-check failed: $($problems -join '; ')" }
    Write-Host "No pending model changes for: $($MigrationProviders -join ', ')" -ForegroundColor Green
}

function Invoke-SqlServerScriptTarget {
    Write-Step 'SQL Server idempotent script'
    $sqlDir = Join-Path $ArtifactsDir 'sql'
    $null = New-Item -ItemType Directory -Path $sqlDir -Force
    $output = Join-Path $sqlDir 'cqo-sqlserver.sql'
    Invoke-Native -FilePath 'dotnet' -FailureMessage 'Generating the SQL Server script failed' -ArgumentList (
        @('ef', 'migrations', 'script', '--idempotent', '--output', $output) + (Get-EfArguments 'SqlServer'))
    if (-not (Test-Path $output)) { throw "dotnet ef did not write $output" }
    Write-Host "SQL Server script: $output ($((Get-Item $output).Length) bytes)" -ForegroundColor Green
}

function Invoke-BenchTarget {
    # The registry search section needs PostgreSQL: CQO_BENCH_POSTGRES when set, otherwise the same
    # throwaway cluster as the test target, always stopped and deleted afterwards. Without either, the
    # section reports itself skipped (and fails under CI=true).
    $pg = $null
    $savedBenchPostgres = $env:CQO_BENCH_POSTGRES
    $cleanupFailed = $false
    try {
        if (-not [string]::IsNullOrWhiteSpace($env:CQO_BENCH_POSTGRES)) {
            $masked = $env:CQO_BENCH_POSTGRES -replace '(?i)((?:password|pwd)\s*=)[^;]*', '$1***'
            Write-Host "Using PostgreSQL from CQO_BENCH_POSTGRES: $masked"
        }
        elseif ($binDir = Find-PostgresBinDir) {
            $pg = Start-TestPostgres -BinDir $binDir
            $env:CQO_BENCH_POSTGRES = $pg.ConnectionString
        }
        else {
            Write-Banner @(
                'WARNING: no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin/initdb) and',
                'CQO_BENCH_POSTGRES is not set: the registry search benchmark will be skipped.')
        }

        Write-Step 'Benchmarks (Release)'
        $benchDir = Join-Path $ArtifactsDir 'bench'
        $null = New-Item -ItemType Directory -Path $benchDir -Force
        $report = Join-Path $benchDir 'report.md'
        if (Test-Path $report) { Remove-Item -Path $report -Force }
        Invoke-Native -FilePath 'dotnet' -FailureMessage 'Benchmarks failed' -ArgumentList @(
            'run', '-c', 'Release', '--project', 'test/Cqo.Benchmarks', '--', '--output', $report)
        if (-not (Test-Path $report)) { throw "The benchmarks did not write $report" }
        Write-Step "Benchmark report ($report)"
        Get-Content -Path $report | Out-Host
    }
    finally {
        $env:CQO_BENCH_POSTGRES = $savedBenchPostgres
        if ($pg -and -not (Stop-TestPostgres $pg)) { $cleanupFailed = $true }
    }
    if ($cleanupFailed) { throw 'The throwaway PostgreSQL cluster could not be cleaned up (see above).' }
}

function Invoke-VulnerabilityCheck {
    Write-Step 'Vulnerable packages'
    $run = Invoke-NativeCapture -FilePath 'dotnet' -ArgumentList @('list', $Solution, 'package', '--vulnerable', '--include-transitive')
    if ($run.Lines -match 'has the following vulnerable packages') {
        throw 'Vulnerable packages found (see the list above).'
    }
    $unreachable = 'Unable to load the service index|NU1301|NU1900|Name or service not known|No such host|' +
        'Connection refused|timed out|Network is unreachable|SSL connection could not be established'
    if ($run.ExitCode -ne 0) {
        if ($run.Lines -match $unreachable) {
            Write-Banner @('WARNING: the NuGet vulnerability data could not be reached (offline?).',
                'The vulnerable-package audit was NOT performed.')
            return
        }
        throw "dotnet list package --vulnerable failed (exit code $($run.ExitCode))"
    }
    Write-Host 'No vulnerable packages.' -ForegroundColor Green
}

function Invoke-CiTarget {
    Invoke-BuildTarget
    Invoke-TestTarget
    Invoke-MigrationsCheckTarget
    Invoke-SqlServerScriptTarget
    Invoke-VulnerabilityCheck
}

function Invoke-PgSmokeTarget {
    $binDir = Find-PostgresBinDir
    if (-not $binDir) { throw 'No PostgreSQL server binaries found (/usr/lib/postgresql/*/bin/initdb): install the postgresql package.' }
    $pg = Start-TestPostgres -BinDir $binDir
    $clean = $false
    $savedPassword = $env:PGPASSWORD
    try {
        Write-Step 'select 1 as cqo over TCP (password auth)'
        $env:PGPASSWORD = 'cqo'
        Invoke-Native -FilePath (Join-Path $binDir 'psql') -FailureMessage 'psql as cqo over TCP failed' -ArgumentList @(
            '-X', '-w', '-h', '127.0.0.1', '-p', "$($pg.Port)", '-U', 'cqo', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1',
            '-c', 'select 1 as one, current_user, inet_server_addr(), rolsuper, rolcreatedb from pg_roles where rolname = current_user')
    }
    finally {
        $env:PGPASSWORD = $savedPassword
        $clean = Stop-TestPostgres $pg
    }
    if (-not $clean) { throw 'The throwaway PostgreSQL cluster was not cleaned up.' }
    if (Test-Path $pg.Root) { throw "$($pg.Root) still exists." }
    if (Test-ProcessAlive $pg.ProcessId) { throw "postmaster $($pg.ProcessId) is still running." }
    Write-Host "pg-smoke OK: cluster stopped (pid $($pg.ProcessId) gone), $($pg.Root) removed." -ForegroundColor Green
}

$Targets = [ordered]@{
    'build'            = @{ Action = { Invoke-BuildTarget }; Help = 'dotnet build Cqo.slnx -c <Configuration>' }
    'test'             = @{ Action = { Invoke-TestTarget }; Help = 'build, then unit, architecture, integration (SQLite and PostgreSQL) and browser (Chromium) tests, then the ID-number scan of their logs' }
    'migrations-add'   = @{ Action = { Invoke-MigrationsAddTarget }; Help = 'add migration -Name <Name> to the Sqlite, SqlServer and PostgreSql projects' }
    'migrations-check' = @{ Action = { Invoke-MigrationsCheckTarget }; Help = 'fail if any provider has pending model changes' }
    'sqlserver-script' = @{ Action = { Invoke-SqlServerScriptTarget }; Help = 'write artifacts/sql/cqo-sqlserver.sql (idempotent)' }
    'bench'            = @{ Action = { Invoke-BenchTarget }; Help = 'run test/Cqo.Benchmarks (Release) on a throwaway PostgreSQL, print artifacts/bench/report.md' }
    'ci'               = @{ Action = { Invoke-CiTarget }; Help = 'build, test, migrations-check, sqlserver-script, vulnerable-package audit' }
    'pg-smoke'         = @{ Action = { Invoke-PgSmokeTarget }; Help = 'diagnostic: start/query/stop the throwaway PostgreSQL cluster' }
    'help'             = @{ Action = { Show-Usage }; Help = 'list the targets' }
}

function Show-Usage {
    Write-Host 'Usage: dotnet pwsh ./build.ps1 <target> [-Name <MigrationName>] [-Configuration Debug|Release]'
    Write-Host ''
    Write-Host 'Targets:'
    foreach ($key in $Targets.Keys) { Write-Host ('  {0,-18} {1}' -f $key, $Targets[$key].Help) }
}

# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

if (-not $Targets.Contains($Target)) {
    Write-Host "Unknown target '$Target'." -ForegroundColor Red
    Write-Host ''
    Show-Usage
    exit 1
}

$exitCode = 0
$total = [System.Diagnostics.Stopwatch]::StartNew()
Push-Location $RepoRoot
try {
    & $Targets[$Target].Action
    Write-Host ''
    Write-Host "Target '$Target' succeeded in $($total.Elapsed.ToString('hh\:mm\:ss'))." -ForegroundColor Green
}
catch {
    $exitCode = 1
    Write-Host ''
    Write-Host "Target '$Target' FAILED after $($total.Elapsed.ToString('hh\:mm\:ss')): $($_.Exception.Message)" -ForegroundColor Red
    # Errors from our own 'throw' statements are self-explanatory; anything else gets its location.
    $fromThrow = $_.Exception -is [System.Management.Automation.RuntimeException] -and $_.Exception.WasThrownFromThrowStatement
    if (-not $fromThrow -or $env:BUILD_DEBUG) {
        Write-Host $_.InvocationInfo.PositionMessage -ForegroundColor DarkGray
        Write-Host $_.ScriptStackTrace -ForegroundColor DarkGray
    }
}
finally {
    Pop-Location
}
exit $exitCode
