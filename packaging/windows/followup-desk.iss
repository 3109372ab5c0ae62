; Inno Setup script: the Windows installer around dist\followup-desk\.
; Built by packaging\build_windows.ps1, which passes /DAppVersion=...
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{7B0F3C52-6D2A-4E1B-9C55-1F0D6A2B8E41}
AppName=Follow-up Desk
AppVersion={#AppVersion}
AppPublisher=Follow-up Desk
DefaultDirName={autopf}\Follow-up Desk
DefaultGroupName=Follow-up Desk
; Installs for the current user unless the person chooses everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Follow-up-Desk-{#AppVersion}-setup
SetupIconFile=..\icons\followup-desk.ico
UninstallDisplayIcon={app}\followup-desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\followup-desk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Follow-up Desk"; Filename: "{app}\followup-desk.exe"
Name: "{autodesktop}\Follow-up Desk"; Filename: "{app}\followup-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\followup-desk.exe"; Description: "{cm:LaunchProgram,Follow-up Desk}"; Flags: nowait postinstall skipifsilent
