// quire-generate ENTRIES SEED OUT.md [templated] [DIALECT]: writes a
// generated document (see DocumentGenerator; "templated": questions from a
// few patterns over a small vocabulary, 1% asked twice; DIALECT, e.g.
// "details": the answered entries in that dialect's form) and prints what
// it holds.

#include "documentgenerator.h"

#include <QFile>
#include <QString>

#include <cstdio>

int main(int argc, char *argv[])
{
    bool templated = false;
    EntryWriter::Form form = EntryWriter::Form::QuestionLabel;
    bool extrasOk = argc >= 4;
    for (int i = 4; i < argc; ++i) {
        const std::optional<EntryWriter::Form> named = EntryWriter::formNamed(argv[i]);
        if (QByteArray(argv[i]) == "templated")
            templated = true;
        else if (named)
            form = *named;
        else
            extrasOk = false;
    }
    if (!extrasOk) {
        std::fprintf(stderr, "usage: quire-generate ENTRIES SEED OUT.md [templated] [%s]\n",
                     EntryWriter::formNames().constData());
        return 64;
    }
    bool entriesOk = false, seedOk = false;
    const int entries = QString::fromLocal8Bit(argv[1]).toInt(&entriesOk);
    const quint64 seed = QString::fromLocal8Bit(argv[2]).toULongLong(&seedOk);
    if (!entriesOk || entries < 0 || !seedOk) {
        std::fprintf(stderr, "quire-generate: ENTRIES must be a number >= 0 and SEED a number >= 0\n");
        return 64;
    }
    DocumentGenerator::Plan plan;
    const QByteArray bytes = DocumentGenerator::generate(
        entries, seed, &plan,
        templated ? DocumentGenerator::QuestionStyle::Templated : DocumentGenerator::QuestionStyle::Varied, form);
    const QString path = QString::fromLocal8Bit(argv[3]);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()
        || !file.flush()) {
        std::fprintf(stderr, "quire-generate: %s: %s\n", argv[3], qPrintable(file.errorString()));
        return 2;
    }
    file.close();
    std::printf("%s: %lld bytes (%.1f MB), %d entries in %d sections: %d answered, %d empty, "
                "%d placeholder, %d unanswered (%d numbered lists); %zu near-duplicate pairs, "
                "%d exact duplicates\n",
                argv[3], static_cast<long long>(bytes.size()), bytes.size() / 1e6, plan.entries,
                plan.sections, plan.answered, plan.empty, plan.placeholder, plan.unanswered,
                plan.questionLists, plan.nearDuplicates.size(), plan.exactDuplicates);
    return 0;
}
