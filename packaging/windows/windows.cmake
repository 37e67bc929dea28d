# Windows installer recipe (NSIS through CPack), included by the top-level CMakeLists.txt on Windows.
# It has never been built: see packaging/windows/README.md.
find_program(WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin" REQUIRED)

# windeployqt copies the Qt DLLs and plugins (platforms, imageformats/qsvg, sqldrivers are not needed: the
# application registers its own SQLCipher driver) next to the installed executables.
install(CODE "
    execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-translations --no-system-d3d-compiler
        \"\${CMAKE_INSTALL_PREFIX}/bin/legalaid-desk.exe\")
")

set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_NAME "legalaid-desk")
set(CPACK_PACKAGE_VENDOR "legalaid-desk developers")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "legalaid-desk")
set(CPACK_NSIS_DISPLAY_NAME "legalaid-desk")
set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/packaging/windows/legalaid-desk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\legalaid-desk.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\legalaid-desk.lnk' '$INSTDIR\\\\bin\\\\legalaid-desk.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\legalaid-desk.lnk'")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
include(CPack)
