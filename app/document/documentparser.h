#pragma once

#include "app/document/qalabel.h"
#include "app/document/qasection.h"

#include <QByteArray>
#include <optional>
#include <vector>

// Splits a document's bytes into sections, entries and verbatim runs. It
// never rejects text: whatever is not recognised as an entry stays a raw run,
// so writing the pieces back gives the input byte for byte. The format rules
// are in the README ("Document format").
class DocumentParser
{
public:
    struct Options
    {
        // Read only this dialect (the user's choice when the guess is wrong):
        // labels of other dialects are prose that ends an answer, and a
        // question list is read only when forced to Numbered (which also
        // reads Quire's own `**Question:**` labels, see QaLabel::reads). Bold
        // questions of another dialect's document are prose that ends an answer.
        std::optional<QaLabel::Dialect> forced;

        bool readsLists() const { return !forced || *forced == QaLabel::Dialect::Numbered; }
        bool readsBold() const { return !forced || *forced == QaLabel::Dialect::BoldQuestion; }
        bool readsHeadings() const { return !forced || *forced == QaLabel::Dialect::Heading; }
        bool readsLabel(QaLabel::Spelling spelling) const { return !forced || QaLabel::reads(*forced, spelling); }
        // How a new entry is labelled where no neighbour shows a spelling.
        QaLabel::Spelling fallbackSpelling() const
        {
            return forced ? QaLabel::defaultSpelling(*forced) : QaLabel::Spelling::Question;
        }
    };

    // `source` must already be valid UTF-8 (see Utf8Validator).
    static std::vector<QaSection> parse(const QByteArray &source, const Options &options = {});
};
