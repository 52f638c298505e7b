#pragma once

#include <QByteArrayView>

// Checks that bytes are strict UTF-8 (no overlongs, no surrogates, nothing
// above U+10FFFF) and hold no NUL byte, so that the decoded text encodes back
// to exactly the same bytes.
class Utf8Validator
{
public:
    enum class Problem { None, InvalidUtf8, NulByte };

    struct Result
    {
        Problem problem = Problem::None;
        qsizetype offset = -1; // byte offset of the first bad byte
        bool ok() const { return problem == Problem::None; }
    };

    static Result check(QByteArrayView bytes);
};
