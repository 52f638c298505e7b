// The tests' fake model server as a program, for trying the window by hand
// and for the README's screenshot: `fake-model-server DOCUMENT.md` answers
// each question with the document's own answer (the first sentences of a
// long one, streamed slowly, a chunk every 60 ms), "I can only answer
// questions about the author's work here." otherwise. Prints its base URL.

#include "app/document/qadocument.h"
#include "fakemodelserver.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    std::optional<QaDocument> document = args.size() > 1 ? QaDocument::fromFile(args[1]) : std::nullopt;
    FakeModelServer server;
    server.behaviour.chunkDelayMs = 60;
    server.behaviour.answer = [&document](const FakeModelServer::Request &request) {
        if (document) {
            for (const EntryRef &ref : document->allEntries()) {
                const QaEntry &entry = document->entry(ref);
                if (entry.question() == request.question() && entry.status() == EntryStatus::Answered) {
                    // A model paraphrases: keep the first two sentences.
                    const QStringList sentences = entry.answer().split(QStringLiteral(". "));
                    return sentences.mid(0, 2).join(QStringLiteral(". ")) + (sentences.size() > 2 ? QStringLiteral(".") : QString());
                }
            }
        }
        return QStringLiteral("I can only answer questions about the author's work here.");
    };
    if (!server.listen())
        return 1;
    QTextStream(stdout) << server.baseUrl() << Qt::endl;
    return app.exec();
}
