#pragma once

#include "app/document/qasection.h"

#include <QByteArray>
#include <vector>

// Splits a document's bytes into sections, entries and verbatim runs. It
// never rejects text: whatever is not recognised as an entry stays a raw run,
// so writing the pieces back gives the input byte for byte. The format rules
// are in the README ("Document format").
class DocumentParser
{
public:
    // `source` must already be valid UTF-8 (see Utf8Validator).
    static std::vector<QaSection> parse(const QByteArray &source);
};
