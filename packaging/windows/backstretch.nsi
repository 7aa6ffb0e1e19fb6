; Backstretch for Windows: a per-user installer for the PyInstaller onedir build.
;
; It needs no administrator rights: everything goes to the user's own profile
; ($LOCALAPPDATA\Programs\Backstretch, HKCU, the user's Start menu).
;
; Build, from the repository root, after `pyinstaller --noconfirm --clean packaging/backstretch.spec`:
;
;   makensis /DVERSION=0.1.0 /DPAYLOAD=%CD%\dist\backstretch ^
;            /DOUTFILE=%CD%\dist\Backstretch-0.1.0-setup.exe packaging\windows\backstretch.nsi
;
; makensis on Linux takes the same options with a dash (-DVERSION=...).
; All three are optional, and so is /DICON=<file.ico>. makensis changes into this
; script's folder first, so relative paths (the defaults too) are relative to
; packaging\windows, not to where makensis was started: pass absolute paths.
; VERSION must be three numbers (X.Y.Z): Windows file versions have no room for "rc1".

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\backstretch"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\Backstretch-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\assets\icons\backstretch.ico"
!endif

; Fail here with a plain message rather than with a half-built installer.
!if ! /FileExists "${PAYLOAD}\backstretch.exe"
  !error "No backstretch.exe in PAYLOAD=${PAYLOAD}: run PyInstaller first or pass /DPAYLOAD=<onedir folder>"
!endif
!if ! /FileExists "${ICON}"
  !error "No icon at ICON=${ICON}: generate assets/icons/backstretch.ico or pass /DICON=<file.ico>"
!endif

!define APP_NAME "Backstretch"
!define APP_EXE "backstretch.exe"
!define PUBLISHER "The Backstretch team"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
; The app writes this value itself when "Start at login" is on (platform/autostart.py).
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
; An update goes where the previous version went, even if the user moved it.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "© ${PUBLISHER}, GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Run ${APP_NAME}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ; The frozen app is a 64-bit build.
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME} needs a 64-bit version of Windows." /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Section "${APP_NAME}" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Files a previous version shipped but this one does not would otherwise linger
  ; and could be picked up by the new build.
  RMDir /r "$INSTDIR\_internal"
  File "${PAYLOAD}\${APP_EXE}"
  File /r "${PAYLOAD}\_internal"

  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ; Apps & features shows this, in KiB.
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
SectionEnd

Section "Uninstall"
  ; Only what the installer put here: if the user chose a folder that holds other
  ; files too, those stay, and so does the folder.
  Delete "$INSTDIR\${APP_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; Start at login would otherwise point at a program that is gone.
  DeleteRegValue HKCU "${RUN_KEY}" "${APP_NAME}"

  ; The user's settings and history in %APPDATA%\backstretch are deliberately kept:
  ; reinstalling, or installing a newer version this way, should not lose them.
SectionEnd
