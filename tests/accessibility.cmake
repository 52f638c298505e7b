# Accessible names and keyboard-only use of the window and its dialogs.
qt_add_executable(tst_accessibility tst_accessibility.cpp testsupport.h)
target_link_libraries(tst_accessibility PRIVATE quireui Qt6::Test)
target_compile_definitions(tst_accessibility PRIVATE QUIRE_SAMPLE="${PROJECT_SOURCE_DIR}/data/portfolio-qa.md")
add_test(NAME tst_accessibility COMMAND tst_accessibility)
set_tests_properties(tst_accessibility PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;LANGUAGE=;LC_ALL=C.UTF-8")
