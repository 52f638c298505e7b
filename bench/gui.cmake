# GUI timings (QElapsedTimer), included from bench/CMakeLists.txt.
# LagProbe (lagprobe.h) measures the longest stall of the GUI thread while
# a benchmark works; every GUI benchmark uses it (GuiStalls: save, reload,
# Tools menu, typing in review mode).
qt_add_executable(bench_gui ${CMAKE_CURRENT_LIST_DIR}/bench_gui.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guistalls.cpp ${CMAKE_CURRENT_LIST_DIR}/guistalls.h
    ${CMAKE_CURRENT_LIST_DIR}/lagprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/lagprobe.h)
target_link_libraries(bench_gui PRIVATE quireui Qt6::Test)

# Typing while a rehearsal streams in from the tests' fake model server.
qt_add_executable(bench_rehearsal ${CMAKE_CURRENT_LIST_DIR}/bench_rehearsal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lagprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/lagprobe.h
    ${PROJECT_SOURCE_DIR}/tests/rehearsal/fakemodelserver.cpp ${PROJECT_SOURCE_DIR}/tests/rehearsal/fakemodelserver.h)
target_link_libraries(bench_rehearsal PRIVATE quireui Qt6::Test Qt6::Network)
target_compile_definitions(bench_rehearsal PRIVATE QUIRE_SAMPLE="${PROJECT_SOURCE_DIR}/data/portfolio-qa.md")
