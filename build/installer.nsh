; Included into the Windows installer by electron-builder (electron-builder.yml, nsis.include;
; https://www.electron.build/nsis "Custom NSIS script": the customUnInstall macro runs in the
; uninstaller's section, before the app's files are removed).
;
; Uninstalling asks whether to delete the member's data too: their name and address, groups and
; members, the print log and drafts, all in Electron's userData folder, which is
; %APPDATA%\<productName> (app.getPath('userData'); PRODUCT_NAME is package.json's productName).
; The answer defaults to No: data deleted by a slip of the Enter key cannot come back.

; The question in the app's four languages (Windows language IDs: 1033 English, 1031 German,
; 1036 French, 1040 Italian, as electron-builder's own messages use them).
LangString appealDeleteDataQuestion 1033 "Also delete everything Appeal Letters keeps on this computer: your name and address, your settings, your groups and their members, the print log, and the campaigns you are writing or imported?$\r$\n$\r$\nChoose No to keep them for when you install Appeal Letters again."
LangString appealDeleteDataQuestion 1031 "Auch alles löschen, was Appeal Letters auf diesem Computer speichert: Ihren Namen und Ihre Adresse, Ihre Einstellungen, Ihre Gruppen und deren Mitglieder, das Druckprotokoll und die Kampagnen, die Sie schreiben oder importiert haben?$\r$\n$\r$\nWählen Sie „Nein“, um alles für eine spätere Installation von Appeal Letters zu behalten."
LangString appealDeleteDataQuestion 1036 "Effacer aussi tout ce qu’Appeal Letters garde sur cet ordinateur : votre nom et votre adresse, vos réglages, vos groupes et leurs membres, le journal d’impression et les campagnes que vous rédigez ou avez importées ?$\r$\n$\r$\nChoisissez « Non » pour tout garder en vue d’une prochaine installation d’Appeal Letters."
LangString appealDeleteDataQuestion 1040 "Cancellare anche tutto ciò che Appeal Letters conserva su questo computer: il vostro nome e indirizzo, le vostre impostazioni, i vostri gruppi e i loro membri, il registro di stampa e le campagne che state scrivendo o avete importato?$\r$\n$\r$\nScegliete «No» per conservare tutto per una prossima installazione di Appeal Letters."

!macro customUnInstall
  ; Ask only when a person uninstalls. Not during an update: electron-builder runs the old
  ; version's uninstaller then (${isUpdated}), and the data must stay. Not when /S asked for a
  ; silent uninstall (an administrator's script): the data stays. ${Silent} cannot tell: the
  ; one-click uninstaller switches itself to silent after "Are you sure?" (un.onInit in
  ; electron-builder's uninstaller.nsh), so the command line is read, as un.onInit does.
  Push $R0
  Push $R1
  Var /GLOBAL appealAskAboutData
  StrCpy $appealAskAboutData "yes"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/S" $R1
  ${ifNot} ${Errors}
    StrCpy $appealAskAboutData "no"
  ${endIf}
  ${if} ${isUpdated}
    StrCpy $appealAskAboutData "no"
  ${endIf}
  ; No /SD: in the one-click uninstaller's silent mode the box would otherwise answer itself.
  ${if} $appealAskAboutData == "yes"
  ${andIf} ${Cmd} `MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(appealDeleteDataQuestion)" IDYES`
    ; Electron keeps userData per user, even for an all-users installation.
    ${if} $installMode == "all"
      SetShellVarContext current
    ${endif}
    RMDir /r "$APPDATA\${PRODUCT_NAME}"
    ${if} $installMode == "all"
      SetShellVarContext all
    ${endif}
  ${endIf}
  Pop $R1
  Pop $R0
!macroend
