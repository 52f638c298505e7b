# Translations with Qt Linguist's tools, included from app/CMakeLists.txt (the
# .qm files are embedded in quirecore, so the window, the commands and the
# tests all have them). One .ts per language, kept in this folder:
#   quire_en.ts  the source language (English): every string, no translations
#   quire_de.ts  German
# Refresh them after changing user-visible strings:
#   cmake --build build --target update_translations
# (lupdate reads every source of app/ and ui/), translate what it marks
# unfinished (Qt Linguist: `linguist translations/quire_de.ts`), and commit.
# lrelease compiles them into :/i18n/quire_<language>.qm at build time; the
# test translations_de_complete fails while German has unfinished entries.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(QUIRE_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/quire_en.ts
    ${PROJECT_SOURCE_DIR}/translations/quire_de.ts)
# A glob, so that a new source file's strings are found without a list to keep.
file(GLOB_RECURSE QUIRE_TRANSLATED_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
# No line numbers in the .ts files: moving code does not touch them, which
# keeps merges of the translations small.
set(QUIRE_LUPDATE_OPTIONS -no-obsolete -locations none)

qt_add_translations(quirecore
    TS_FILES ${QUIRE_TS_FILES}
    SOURCES ${QUIRE_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    LUPDATE_OPTIONS ${QUIRE_LUPDATE_OPTIONS}
    RESOURCE_PREFIX /i18n)
