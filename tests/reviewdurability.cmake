# Reviews survive kill -9, with real processes: quire under an Xvfb of the
# test's own, driven by xdotool, killed with SIGKILL ~1 s after the last
# keystroke; the sidecar and a reopened document must hold every status and
# note. Needs xvfb and xdotool (quire-dev.sh).
quire_add_test(tst_reviewdurability NEEDS_CLI)
set_tests_properties(tst_reviewdurability PROPERTIES
    TIMEOUT 300
    RUN_SERIAL TRUE # it waits a real second before the kill: no CPU contention
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
