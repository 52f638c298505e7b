# The markdown preview (PreviewView and its lockdown), a library of its own
# so that the app and tst_preview use the same code. Included from
# ui/CMakeLists.txt.
find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets WebEngineWidgets Concurrent)

qt_add_library(quirepreview STATIC
    ${CMAKE_CURRENT_LIST_DIR}/focusescape.cpp ${CMAKE_CURRENT_LIST_DIR}/focusescape.h
    ${CMAKE_CURRENT_LIST_DIR}/previewpage.cpp ${CMAKE_CURRENT_LIST_DIR}/previewpage.h
    ${CMAKE_CURRENT_LIST_DIR}/previewstyle.cpp ${CMAKE_CURRENT_LIST_DIR}/previewstyle.h
    ${CMAKE_CURRENT_LIST_DIR}/previewview.cpp ${CMAKE_CURRENT_LIST_DIR}/previewview.h
    ${CMAKE_CURRENT_LIST_DIR}/requestblocker.cpp ${CMAKE_CURRENT_LIST_DIR}/requestblocker.h
)
target_include_directories(quirepreview PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(quirepreview
    PUBLIC Qt6::WebEngineWidgets quirecore
    PRIVATE Qt6::Concurrent)
