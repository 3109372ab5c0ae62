# Build Follow-up Desk for Windows: a one-folder app and, with Inno Setup,
# an installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
#
# -> dist\followup-desk\ and, when Inno Setup 6 (iscc.exe) is installed,
#    dist\Follow-up-Desk-VERSION-setup.exe (Start menu entry, uninstaller).
# Run from any folder on a Windows 10/11 machine with Python 3.11+ (py).
# Set SIGNTOOL_CERT to a .pfx file (and SIGNTOOL_PASSWORD) to sign the files.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

$venv = if ($env:VENV) { $env:VENV } else { "build\venv-package" }
if (-not (Test-Path "$venv\Scripts\python.exe")) { py -3 -m venv $venv }
$python = "$venv\Scripts\python.exe"
& $python -m pip install -q -e ".[package]"
if ($LASTEXITCODE) { throw "pip failed" }

& $python packaging\translations.py
& $python packaging\icons.py
& $python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\followup-desk.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# The bundle must start on its own before it is handed out.
$check = Join-Path $env:TEMP ("followup-desk-check-" + [guid]::NewGuid())
$env:QT_QPA_PLATFORM = "offscreen"
$env:FOLLOWUP_DESK_HOME = $check
$proc = Start-Process -FilePath "dist\followup-desk\followup-desk.exe" -ArgumentList "--self-test" -Wait -PassThru
Remove-Item Env:QT_QPA_PLATFORM, Env:FOLLOWUP_DESK_HOME
Remove-Item -Recurse -Force $check -ErrorAction SilentlyContinue
if ($proc.ExitCode) { throw "The bundle did not start (exit $($proc.ExitCode))" }

if ($env:SIGNTOOL_CERT) {
  signtool sign /f $env:SIGNTOOL_CERT /p $env:SIGNTOOL_PASSWORD /fd SHA256 `
    /tr http://timestamp.digicert.com /td SHA256 dist\followup-desk\followup-desk.exe
}

$version = & $python -c "import followup_desk; print(followup_desk.__version__)"
$iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue
if (-not $iscc) { $iscc = Get-Item "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" -ErrorAction SilentlyContinue }
if ($iscc) {
  & $iscc.Source "/DAppVersion=$version" packaging\windows\followup-desk.iss
  Write-Host "Built dist\Follow-up-Desk-$version-setup.exe"
} else {
  Write-Host "Built dist\followup-desk\ (install Inno Setup 6 for an installer)"
}
