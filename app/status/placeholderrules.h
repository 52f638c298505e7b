#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

// The data that decides whether an answer is a stand-in ("will fill this in
// later", TODO, "Talk about ..."). Kept in one place,
// data/placeholder-rules.json (built into the binary), so that adding a
// phrase never means touching code.
class PlaceholderRules
{
public:
    // The rules built into the application.
    static const PlaceholderRules &builtIn();
    // Rules from JSON text in the format of data/placeholder-rules.json.
    static PlaceholderRules fromJson(const QByteArray &json, QString *error = nullptr);

    // `answer` is the answer's markdown as UTF-8; it is not copied.
    bool matches(QByteArrayView answer) const;

    const QList<QByteArray> &phrases() const { return m_phrases; }

private:
    // Phrases and markers are looked for in one pass over the answer: a
    // position is only checked when its first bytes, ASCII case folded,
    // start some phrase or marker (see containsNeedle()).
    struct Needle
    {
        QByteArray text;
        bool marker = false; // exact case, whole word; else a phrase, any ASCII case
    };
    struct Prefix
    {
        unsigned char bytes[3] = {}; // folded with | 0x20
        int length = 0;              // 3, or 2 for two-byte needles
        std::vector<int> needles;    // indexes into m_needles
    };
    void buildIndex();
    bool containsNeedle(QByteArrayView text) const;
    bool needleAt(QByteArrayView text, qsizetype pos, const Prefix &prefix) const;

    QList<QByteArray> m_phrases;  // lower case
    QList<QByteArray> m_markers;  // exact case, whole words
    QList<QByteArray> m_standIns; // lower case, whole answer
    QList<QByteArray> m_openers;  // lower case, start of a short answer
    int m_maxNoteWords = 40;
    std::vector<Needle> m_needles;
    std::vector<Prefix> m_prefixes;  // of needles two bytes or longer
    bool m_startsPrefix[256] = {};   // by folded byte: a prefix starts with it
    // By position in the prefix and half of the folded byte: a bit for each
    // of 8 buckets of prefixes that have it there (see containsNeedle()).
    unsigned char m_lowNibble[3][16] = {};
    unsigned char m_highNibble[3][16] = {};
    std::vector<int> m_shortNeedles; // one byte long
};
