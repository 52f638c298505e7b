#include "tests/spell/spellfixture.h"

#include "tests/support/testsupport.h"

#include "app/document/qadocument.h"

#include <QAction>
#include <QColor>
#include <QDebug>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

QList<SpellFixture::Underline> SpellFixture::underlines(const QPlainTextEdit *editor)
{
    QList<Underline> result;
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        QList<QTextLayout::FormatRange> ranges;
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline) {
                QTextCharFormat f = r.format;
                if (f.underlineColor() != QColor(Qt::red))
                    qWarning() << "underline colour" << f.underlineColor();
                ranges << r;
            }
        }
        std::sort(ranges.begin(), ranges.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
        for (int i = 0; i < ranges.size(); ++i) {
            int start = ranges[i].start;
            int end = start + ranges[i].length;
            while (i + 1 < ranges.size() && ranges[i + 1].start == end)
                end = ranges[++i].start + ranges[i].length;
            result.append({block.position() + start, block.text().mid(start, end - start)});
        }
    }
    return result;
}

QStringList SpellFixture::underlinedWords(const QPlainTextEdit *editor)
{
    QStringList words;
    for (const Underline &u : underlines(editor))
        words << u.word;
    return words;
}

QString SpellFixture::firstAnswerOfSample()
{
    const auto document = QaDocument::fromFile(TestSupport::samplePath());
    if (!document)
        return {};
    for (const EntryRef &ref : document->allEntries()) {
        const QString answer = document->entry(ref).answer();
        if (!answer.isEmpty())
            return answer;
    }
    return {};
}

QAction *SpellFixture::findAction(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}
