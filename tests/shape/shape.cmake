# The shape of the code (docs/architecture.md), guarded by CTest: no include
# cycle between folders or classes, app/ never includes ui/, no source file
# over 500 lines. Included from tests/CMakeLists.txt.
qt_add_executable(shapecheck ${CMAKE_CURRENT_LIST_DIR}/shapecheck.cpp)
target_link_libraries(shapecheck PRIVATE Qt6::Core)
add_test(NAME shape_include_cycles COMMAND shapecheck ${PROJECT_SOURCE_DIR} --cycles)
add_test(NAME shape_file_lengths COMMAND shapecheck ${PROJECT_SOURCE_DIR} --lengths)
