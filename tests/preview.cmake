# tst_preview: the markdown preview on a real WebEngine. Included from
# tests/CMakeLists.txt; needs the quirepreview target (ui/preview.cmake).
qt_add_executable(tst_preview ${CMAKE_CURRENT_LIST_DIR}/tst_preview.cpp)
target_link_libraries(tst_preview PRIVATE quirepreview Qt6::Test)
add_test(NAME tst_preview COMMAND tst_preview)
# No display needed; Chromium's sandbox refuses to start as root (CI runs
# as root), and the preview's own lockdown does not depend on it.
set_tests_properties(tst_preview PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1"
    TIMEOUT 180)

# A click on any link never changes the preview's page (tests/preview).
qt_add_executable(tst_previewlinks ${CMAKE_CURRENT_LIST_DIR}/preview/tst_previewlinks.cpp)
target_link_libraries(tst_previewlinks PRIVATE quirepreview Qt6::Test)
add_test(NAME tst_previewlinks COMMAND tst_previewlinks)
set_tests_properties(tst_previewlinks PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1"
    TIMEOUT 300)
