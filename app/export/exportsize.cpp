#include "app/export/exportsize.h"

#include "app/tokens/tokencounter.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
// Numbers as the user's locale writes them; English grouping under the C locale.
QLocale numberLocale()
{
    return QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
}
} // namespace

ExportSize ExportSize::of(const QString &text, TokenEncoding encoding)
{
    ExportSize size;
    size.encoding = encoding;
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
    size.tokens = TokenCounter::count(text, encoding);
    return size;
}

QString ExportSize::tokensText() const
{
    return QCoreApplication::translate("ExportSize", "%1 tokens (%2)")
        .arg(numberLocale().toString(tokens), TokenEncodings::name(encoding));
}

QString ExportSize::summary() const
{
    const QLocale locale = numberLocale();
    return QCoreApplication::translate("ExportSize", "%1 characters · %2 words · %3")
        .arg(locale.toString(characters), locale.toString(words), tokensText());
}
