#include "app/export/exportsize.h"

#include <QCoreApplication>
#include <QLocale>

ExportSize ExportSize::of(const QString &text)
{
    ExportSize size;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLowSurrogate())
            continue; // counted with its high surrogate
        ++size.characters;
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++size.words;
        inWord = !space;
    }
    size.tokens = (size.characters + 3) / 4;
    return size;
}

QString ExportSize::summary() const
{
    // Numbers as the user's locale writes them; English grouping under the C locale.
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    return QCoreApplication::translate("ExportSize", "%1 characters · %2 words · ~%3 tokens")
        .arg(locale.toString(characters), locale.toString(words), locale.toString(tokens));
}
