; Windows installer for Gender Equality Desk (NSIS 3, Unicode).
;
; Installs for the current user only, without administrator rights, into
; %LOCALAPPDATA%\Programs\GenderEqualityDesk; Start-menu and desktop shortcuts in Vietnamese; uninstaller
; registered under HKCU. The user's data folder (%LOCALAPPDATA%\GenderEqualityDesk) is never touched:
; not by an upgrade, not by the uninstaller. The app upgrades the store itself on its next start, after
; a backup.
;
; Build on Windows, after PyInstaller made dist\gender-equality-desk (see installer\README.md):
;   makensis /DVERSION=0.1.0 installer\windows\gedesk.nsi
; Options (/Dname=value): BUNDLE_DIR (default ..\..\dist\gender-equality-desk), APP_EXE
; (gender-equality-desk.exe), OUTFILE, and COMPRESS_OFF=1 for a quick check build.

Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\gender-equality-desk"
!endif
!ifndef APP_EXE
  !define APP_EXE "gender-equality-desk.exe"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\GenderEqualityDesk-${VERSION}-cai-dat.exe"
!endif

!define APP_ID "GenderEqualityDesk"
!define APP_TITLE "Gender Equality Desk"
!define PUBLISHER "Gender Equality Desk developers"
; What the officer sees in the Start menu and on the desktop.
!define SHORTCUT_NAME "Bình đẳng giới – Gender Equality Desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
; The app's data folder (platformdirs user_data_dir): never installed into, never deleted.
!define DATA_DIR "$LOCALAPPDATA\${APP_ID}"
!define STORE_FILE "gedesk.sqlite3"

Name "${APP_TITLE}"
Caption "Cài đặt ${APP_TITLE} ${VERSION}"
UninstallCaption "Gỡ cài đặt ${APP_TITLE}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails nevershow
ShowUninstDetails nevershow
!ifdef COMPRESS_OFF
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!define MUI_ICON "..\..\resources\icons\app.ico"
!define MUI_UNICON "..\..\resources\icons\app.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "Chương trình sẽ cài ${APP_TITLE} ${VERSION} cho tài khoản Windows này (không cần quyền quản trị).$\r$\n$\r$\nDữ liệu đã có trên máy được giữ nguyên; khi mở lần đầu sau khi cài bản mới, phần mềm tự sao lưu rồi nâng cấp dữ liệu.$\r$\n$\r$\nBấm Tiếp để tiếp tục."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APP_TITLE} ngay"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

!ifdef VERSION_QUAD  ; numeric a.b.c.d, shown in the file properties
  VIProductVersion "${VERSION_QUAD}"
  VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "${APP_TITLE}"
  VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Cài đặt ${APP_TITLE}"
  VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG_VIETNAMESE} "CompanyName" "${PUBLISHER}"
  VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "GPL-3.0-or-later"
!endif

; The program folder must not be the data folder (or any folder holding a store): the uninstaller
; removes the program files it installed there.
Function .onVerifyInstDir
  ${If} "$INSTDIR" == "${DATA_DIR}"
  ${OrIf} ${FileExists} "$INSTDIR\${STORE_FILE}"
    Abort
  ${EndIf}
FunctionEnd

Section "Install"
  SetShellVarContext current

  ; An open app keeps its executable locked: ask the officer to close it instead of failing half-way.
  close_app:
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    Delete "$INSTDIR\${APP_EXE}"
    ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP_TITLE} đang mở. Hãy đóng phần mềm rồi bấm Thử lại." IDRETRY close_app
      Abort "Chưa cài đặt: ${APP_TITLE} đang mở."
    ${EndIf}
  ${EndIf}

  ; An upgrade replaces the program files whole, so no file of the older version lingers.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r /x "gedesk-smoke-test*" "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "Quản lý công tác bình đẳng giới cấp xã"
  CreateShortcut "$DESKTOP\${SHORTCUT_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "Quản lý công tác bình đẳng giới cấp xã"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_TITLE} – Quản lý công tác bình đẳng giới"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${SHORTCUT_NAME}.lnk"
  Delete "$DESKTOP\${SHORTCUT_NAME}.lnk"
  ; Only what the installer put here; never a recursive delete of $INSTDIR, never the data folder.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

Function un.onUninstSuccess
  IfSilent done
  MessageBox MB_OK|MB_ICONINFORMATION "Đã gỡ ${APP_TITLE}.$\r$\n$\r$\nDữ liệu của xã vẫn được giữ nguyên trong thư mục:$\r$\n${DATA_DIR}$\r$\nCài lại phần mềm để dùng tiếp, hoặc sao chép thư mục này sang máy khác."
  done:
FunctionEnd
