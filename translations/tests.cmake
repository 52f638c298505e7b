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

# The window and the commands in German: tst_translations (tests/window/).
