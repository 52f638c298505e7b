# Suites of the model layer and the main window (real widgets, real WebEngine).
quire_add_test(tst_models)

qt_add_executable(tst_mainwindow tst_mainwindow.cpp testsupport.h)
target_link_libraries(tst_mainwindow PRIVATE quireui Qt6::Test)
target_compile_definitions(tst_mainwindow PRIVATE QUIRE_SAMPLE="${PROJECT_SOURCE_DIR}/data/portfolio-qa.md")
add_test(NAME tst_mainwindow COMMAND tst_mainwindow)
# WebEngine's sandbox cannot run as root (CI runs as root).
set_tests_properties(tst_mainwindow PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1")
quire_add_test(tst_session)

# Comparing answers, candidates, similar questions and the overview.
qt_add_executable(tst_compareview tst_compareview.cpp testsupport.h)
target_link_libraries(tst_compareview PRIVATE quireui Qt6::Test)
target_compile_definitions(tst_compareview PRIVATE QUIRE_SAMPLE="${PROJECT_SOURCE_DIR}/data/portfolio-qa.md")
add_test(NAME tst_compareview COMMAND tst_compareview)
set_tests_properties(tst_compareview PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1")

# Review mode: the bar, its shortcuts, filter, counts and orphans.
qt_add_executable(tst_reviewmode tst_reviewmode.cpp testsupport.h)
target_link_libraries(tst_reviewmode PRIVATE quireui Qt6::Test)
target_compile_definitions(tst_reviewmode PRIVATE QUIRE_SAMPLE="${PROJECT_SOURCE_DIR}/data/portfolio-qa.md")
add_test(NAME tst_reviewmode COMMAND tst_reviewmode)
set_tests_properties(tst_reviewmode PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1")
