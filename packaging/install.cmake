# Desktop integration and the Debian package, included at the end of the
# top-level CMakeLists.txt. Everything goes to the GNUInstallDirs places:
#   bin/quire
#   share/applications/io.github.quire.Quire.desktop
#   share/metainfo/io.github.quire.Quire.metainfo.xml
#   share/icons/hicolor/scalable/apps/quire.svg
#   share/man/man1/quire.1.gz
#   share/doc/quire/ (README, CHANGELOG, the sample as an example)
# `cpack -G DEB` in the build folder then makes quire_<version>_<arch>.deb.

# The AppStream id: the desktop file is named after it (AppStream's rule),
# and ui/main.cpp gives it to QGuiApplication::setDesktopFileName.
set(QUIRE_APP_ID io.github.quire.Quire)

# The project has no public home yet: these are placeholders, used by the
# AppStream data and the .deb's Homepage field. Set them when it is published.
set(QUIRE_HOMEPAGE "https://github.com/quire/quire" CACHE STRING
    "Project home page (AppStream metadata, .deb Homepage)")
set(QUIRE_SCREENSHOT_URL "https://raw.githubusercontent.com/quire/quire/main/docs/screenshots" CACHE STRING
    "Where docs/screenshots/ is published (AppStream screenshots)")
set(QUIRE_PACKAGE_MAINTAINER "Quire maintainers <maintainers@users.noreply.r-seed-f36f6818.example>" CACHE STRING
    "The .deb's Maintainer field")

set(QUIRE_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(QUIRE_METAINFO ${PROJECT_BINARY_DIR}/packaging/${QUIRE_APP_ID}.metainfo.xml)
configure_file(${QUIRE_PACKAGING_DIR}/${QUIRE_APP_ID}.metainfo.xml.in ${QUIRE_METAINFO} @ONLY)

# Debian ships man pages compressed; -n keeps the name and time out, so the
# .gz (and the package) is the same on every build.
find_program(QUIRE_GZIP gzip REQUIRED)
set(QUIRE_MANPAGE_GZ ${PROJECT_BINARY_DIR}/packaging/quire.1.gz)
add_custom_command(OUTPUT ${QUIRE_MANPAGE_GZ}
    COMMAND ${QUIRE_GZIP} -9nc ${QUIRE_PACKAGING_DIR}/quire.1 > ${QUIRE_MANPAGE_GZ}
    DEPENDS ${QUIRE_PACKAGING_DIR}/quire.1
    COMMENT "Compressing the man page"
    VERBATIM)
add_custom_target(quire-manpage ALL DEPENDS ${QUIRE_MANPAGE_GZ})

install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/quire.svg
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps)
install(FILES ${QUIRE_PACKAGING_DIR}/${QUIRE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
install(FILES ${QUIRE_METAINFO}
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
install(FILES ${QUIRE_MANPAGE_GZ}
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The package is called quire, whatever PROJECT_NAME says (CMAKE_INSTALL_DOCDIR
# would be share/doc/Quire).
set(QUIRE_DOC_DIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/quire)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/CHANGELOG.md
        DESTINATION ${QUIRE_DOC_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/data/portfolio-qa.md
        DESTINATION ${QUIRE_DOC_DIR}/examples)
# The licence the AppStream data declares (MIT), where Debian looks for it.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${QUIRE_DOC_DIR} RENAME copyright)

# --- The .deb ------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME quire)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Quire")
set(CPACK_PACKAGE_CONTACT ${QUIRE_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "editor for markdown Q&A documents used as LLM context")
set(CPACK_PACKAGE_DESCRIPTION
"Quire edits one kind of file: a markdown document of questions and answers
about your own work, later given to a language model as context
(llms_ctx.txt). It finds the gaps (empty answers, stand-ins such as
“will fill this in later”, questions pasted without an answer), lets you
fill them with a live preview, and exports a clean, deterministic context
file, without changing a byte you did not edit.

The quire command also checks, exports and edits documents from the
command line (quire check, quire export, quire set).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # quire_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${QUIRE_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${QUIRE_HOMEPAGE})
# Depends from the libraries the binary links (dpkg-shlibdeps, from
# dpkg-dev). Qt's WebEngine helper process and data come in through
# libqt6webenginewidgets6's own Depends. The window links QtKeychain
# (API keys in the system keyring): libqt6keychain1 comes in this way.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's SVG icon engine is a plugin, not a linked library: shlibdeps cannot
# see it. It draws the window icon sharp at any scale.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# Spell checking finds Hunspell dictionaries at run time; without one the
# editor works and says spell check is off.
# Quire's own translations are embedded; Qt's (standard buttons and dialogs)
# come from qt6-translations-l10n when it is installed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hunspell-en-us | hunspell-dictionary, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Only the .deb: no source package of the working tree (build folders and all).
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
