# The spell-check suite (ui/spellchecker.h): a real MarkdownEditor and a real
# MainWindow with Debian's Hunspell dictionaries (hunspell-en-us; de_DE is
# used when hunspell-de-de is installed). Included from tests/CMakeLists.txt.
if(NOT TARGET quireui)
    return()
endif()
qt_add_executable(tst_spellcheck
    ${CMAKE_CURRENT_LIST_DIR}/tst_spellcheck.cpp ${CMAKE_CURRENT_LIST_DIR}/testsupport.h)
target_link_libraries(tst_spellcheck PRIVATE quireui Qt6::Test)
target_compile_definitions(tst_spellcheck PRIVATE QUIRE_SAMPLE="${PROJECT_SOURCE_DIR}/data/portfolio-qa.md")
add_test(NAME tst_spellcheck COMMAND tst_spellcheck)
# WebEngine's sandbox cannot run as root (CI runs as root).
set_tests_properties(tst_spellcheck PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1")
