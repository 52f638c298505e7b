# Translation checks, included from tests/CMakeLists.txt.

# German is complete: every string of app/ and ui/ has a finished translation,
# including strings added since the .ts was last refreshed.
add_test(NAME translations_de_complete
    COMMAND sh ${PROJECT_SOURCE_DIR}/translations/check-complete.sh
            $<TARGET_FILE:Qt6::lupdate> ${PROJECT_SOURCE_DIR}/translations/quire_de.ts
            ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/ui)

# English is the source language: it only needs its plural forms ("1 entry
# differs.", not "1 entries differ.").
add_test(NAME translations_en_plurals
    COMMAND sh ${PROJECT_SOURCE_DIR}/translations/check-complete.sh --plurals
            $<TARGET_FILE:Qt6::lupdate> ${PROJECT_SOURCE_DIR}/translations/quire_en.ts
            ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/ui)

# The window in German (in-process) and the commands in German (a real
# process started with a German locale).
qt_add_executable(tst_translations ${CMAKE_CURRENT_SOURCE_DIR}/tst_translations.cpp)
target_link_libraries(tst_translations PRIVATE quireui Qt6::Test)
target_compile_definitions(tst_translations PRIVATE
    QUIRE_SAMPLE="${PROJECT_SOURCE_DIR}/data/portfolio-qa.md"
    QUIRE_BINARY="$<TARGET_FILE:quire>")
add_dependencies(tst_translations quire)
add_test(NAME tst_translations COMMAND tst_translations)
set_tests_properties(tst_translations PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1")
