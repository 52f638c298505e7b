#include "exportsize.h"

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
    QLocale english(QLocale::English);
    return QStringLiteral("%1 characters · %2 words · ~%3 tokens")
        .arg(english.toString(characters), english.toString(words), english.toString(tokens));
}
