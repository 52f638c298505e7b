# Packaging checks, included from tests/CMakeLists.txt:
#   include(${PROJECT_SOURCE_DIR}/packaging/packaging.cmake)
# They install the build into a staging folder exactly as the .deb would
# (cmake --install) and check what landed there with Debian's own tools:
# desktop-file-validate (desktop-file-utils), appstreamcli (appstream) and
# man (man-db). A missing tool is a failed test, not a skipped one.

set(QUIRE_STAGE ${CMAKE_CURRENT_BINARY_DIR}/packaging-stage)

add_test(NAME packaging_install
    COMMAND sh -c "rm -rf \"$1\" && \"$2\" --install \"$3\" --prefix \"$1/usr\""
            sh ${QUIRE_STAGE} ${CMAKE_COMMAND} ${PROJECT_BINARY_DIR})
set_tests_properties(packaging_install PROPERTIES FIXTURES_SETUP packaging_stage)

# Hints count too: a clean desktop entry prints nothing.
add_test(NAME packaging_desktop_entry
    COMMAND sh -c "set -- \"$1\"/usr/share/applications/*.desktop && [ -f \"$1\" ] && desktop-file-validate \"$@\""
            sh ${QUIRE_STAGE})
set_tests_properties(packaging_desktop_entry PROPERTIES
    FIXTURES_REQUIRED packaging_stage
    FAIL_REGULAR_EXPRESSION "(error|warning|hint):")

# validate-tree also checks that the metainfo, the desktop entry it launches
# and the icon agree. --no-net: the screenshot URLs are not fetched (CI may be
# offline); --strict: warnings and infos fail too.
add_test(NAME packaging_appstream
    COMMAND appstreamcli validate-tree --no-net --strict --explain ${QUIRE_STAGE})
set_tests_properties(packaging_appstream PROPERTIES FIXTURES_REQUIRED packaging_stage)

# man prints formatter warnings on standard error; lexgrog finds the NAME
# line that whatis and apropos read.
add_test(NAME packaging_manpage
    COMMAND sh -c "page=\"$1\"/usr/share/man/man1/quire.1.gz
                   warnings=$(MANWIDTH=80 man --warnings -l \"$page\" 2>&1 >/dev/null) || exit 1
                   [ -z \"$warnings\" ] || { printf '%s\\n' \"$warnings\"; exit 1; }
                   lexgrog \"$page\""
            sh ${QUIRE_STAGE})
set_tests_properties(packaging_manpage PROPERTIES FIXTURES_REQUIRED packaging_stage)

# A version bump must come with its release notes everywhere they are kept.
add_test(NAME packaging_release_notes
    COMMAND sh -c "v=\"$1\"; dir=\"$2\"; status=0
                   grep -q \"<release version=\\\"$v\\\"\" \"$dir\"/packaging/*.metainfo.xml.in || { echo \"metainfo: no <release> for $v\"; status=1; }
                   grep -q \"^## \\[$v\\]\" \"$dir\"/CHANGELOG.md || { echo \"CHANGELOG.md: no entry for $v\"; status=1; }
                   grep -q \"^\\.TH QUIRE 1 .*\\\"Quire $v\\\"\" \"$dir\"/packaging/quire.1 || { echo \"quire.1: .TH does not say Quire $v\"; status=1; }
                   exit $status"
            sh ${PROJECT_VERSION} ${PROJECT_SOURCE_DIR})
