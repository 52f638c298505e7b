// The start-up of a program whose placeholder rules are broken: calls
// PlaceholderRules::builtIn() and prints how many phrases it has. Built with
// a resource "core" that lacks the rules, or holds `{}` for them
// (tests/lint/CMakeLists.txt): it must stop with an error, never run with
// empty rules.

#include "app/status/placeholderrules.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const PlaceholderRules &rules = PlaceholderRules::builtIn();
    std::printf("placeholder rules loaded: %lld phrases\n", static_cast<long long>(rules.phrases().size()));
    return 0;
}
