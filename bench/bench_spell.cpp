// Main-thread cost of a keystroke in a 10,000-word answer with spell checking
// on and off, in one paragraph and in many (QElapsedTimer; prints figures).
//
//   QT_QPA_PLATFORM=offscreen bench_spell [KEYSTROKES]
//
// Per layout and setting: the first highlighting of the whole text (cold
// word cache), then KEYSTROKES keystrokes typed in the middle of the text as
// real words ("and we recieve the data "), so that each one makes a new word
// that Hunspell has not seen. A keystroke is QTest::keyClick: the insertion,
// the highlighter's pass over the edited paragraph (markdown + spelling) and
// the relayout of that paragraph; painting comes after and is the same with
// and without spelling. "highlight" is the highlighter alone on that block.

#include "markdowneditor.h"
#include "markdownhighlighter.h"
#include "spellchecker.h"
#include "spelltext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// A fixed pseudo-random answer: prose words, some markdown, a few typos.
QString makeAnswer(int words, int wordsPerParagraph)
{
    static const char *const vocabulary[] = {
        "the", "model", "evaluation", "reliable", "system", "research", "data", "training", "small",
        "language", "models", "careful", "results", "experiment", "baseline", "accuracy", "we", "found",
        "that", "with", "without", "before", "after", "because", "improves", "measured", "across",
        "several", "datasets", "and", "a", "of", "to", "in", "is", "on", "for", "this", "approach",
        "pipeline", "benchmark", "tokens", "context", "quality", "compute", "budget", "fine-tuning",
        "parameters", "efficient", "inference", "latency", "memory", "`config.yaml`", "**important**",
        "*often*", "[paper](https://example.org/paper)", "GPU", "v2", "it's", "recieve", "teh",
    };
    const int n = int(sizeof(vocabulary) / sizeof(vocabulary[0]));
    quint32 state = 20250101;
    QString text;
    for (int i = 0; i < words; ++i) {
        state = state * 1664525u + 1013904223u;
        int index = int((state >> 8) % quint32(n));
        // Typos are rarer than the rest: about one word in 200.
        if (index >= n - 2 && (state >> 4) % 8 != 0)
            index = int((state >> 12) % quint32(n - 2));
        if (i > 0)
            text += (i % wordsPerParagraph == 0) ? QStringLiteral(".\n\n") : QStringLiteral(" ");
        text += QString::fromUtf8(vocabulary[index]);
    }
    return text + QLatin1Char('.');
}

struct Stats
{
    double median = 0, p95 = 0, max = 0, mean = 0;
};

Stats stats(std::vector<double> ms)
{
    Stats s;
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    s.max = ms.back();
    double sum = 0;
    for (double v : ms)
        sum += v;
    s.mean = sum / double(ms.size());
    return s;
}

void run(const char *layout, const QString &text, bool spelling, int keystrokes)
{
    SpellChecker *spell = SpellChecker::instance();
    spell->setEnabled(spelling);
    spell->clearCache(); // cold: every word of the answer is new
    MarkdownEditor editor;
    editor.resize(1000, 800);
    editor.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    const qint64 lookupsBefore = spell->dictionaryLookups();
    timer.start();
    editor.setTextQuietly(text);
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 firstLookups = spell->dictionaryLookups() - lookupsBefore;

    // Type in the middle of the text (the middle paragraph).
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(int(text.size()) / 2);
    cursor.movePosition(QTextCursor::EndOfWord);
    editor.setTextCursor(cursor);
    editor.setFocus();
    const QString typed = QStringLiteral(" and we recieve the data");
    std::vector<double> keyMs;
    std::vector<double> highlightMs;
    const qint64 typingLookupsBefore = spell->dictionaryLookups();
    for (int i = 0; i < keystrokes; ++i) {
        const QChar c = typed.at(i % typed.size());
        timer.restart();
        QTest::keyClick(&editor, c.toLatin1());
        keyMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents(); // paint, outside the measurement
        const QTextBlock block = editor.textCursor().block();
        timer.restart();
        editor.highlighter()->rehighlightBlock(block);
        highlightMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const qint64 typingLookups = spell->dictionaryLookups() - typingLookupsBefore;
    // A block the highlighter leaves alone (longer than its limit) has no formats.
    bool highlighted = false;
    for (QTextBlock b = editor.document()->begin(); b.isValid() && !highlighted; b = b.next())
        highlighted = !b.layout()->formats().isEmpty();
    const Stats k = stats(keyMs);
    const Stats h = stats(highlightMs);
    std::printf("%-16s spelling %-3s  first highlight %8.1f ms (%lld Hunspell lookups)%s\n", layout,
                spelling ? "on" : "off", firstMs, static_cast<long long>(firstLookups),
                highlighted ? "" : "  [block not highlighted: over the highlighter's length limit]");
    std::printf("%-16s %-12s  keystroke median %6.2f ms  p95 %6.2f  max %6.2f  mean %6.2f\n", "", "",
                k.median, k.p95, k.max, k.mean);
    std::printf("%-16s %-12s  highlight median %6.2f ms  p95 %6.2f  max %6.2f   (%lld lookups in %d keys)\n", "",
                "", h.median, h.p95, h.max, static_cast<long long>(typingLookups), keystrokes);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Quire"));
    QCoreApplication::setApplicationName(QStringLiteral("QuireBenchSpell"));
    QStandardPaths::setTestModeEnabled(true); // the on/off switch is not saved for the user

    const int keystrokes = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 200;
    QElapsedTimer timer;
    timer.start();
    SpellChecker *spell = SpellChecker::instance();
    spell->reload();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (!spell->isAvailable()) {
        std::fprintf(stderr, "bench_spell: no Hunspell dictionary (install hunspell-en-us)\n");
        return 2;
    }
    spell->setLanguage(QStringLiteral("en_US"));
    timer.restart();
    const QStringList suggestions = spell->suggestions(QStringLiteral("recieve"));
    const double suggestMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("dictionary %s: scan + load %.1f ms; suggestions for \"recieve\" %.1f ms (%s)\n",
                qPrintable(spell->language()), loadMs, suggestMs, qPrintable(suggestions.join(QLatin1String(", "))));

    const QString onePara = makeAnswer(10000, 1000000);
    const QString manyParas = makeAnswer(10000, 100);
    std::printf("answer: 10,000 words, %lld characters; %d keystrokes each\n",
                static_cast<long long>(onePara.size()), keystrokes);
    for (bool spelling : {false, true})
        run("one paragraph", onePara, spelling, keystrokes);
    // The spelling pass alone over the 10,000-word paragraph, as
    // MarkdownHighlighter::highlightSpelling does it on every keystroke
    // (tokenize, skip markdown, look every word up in the cache).
    {
        double best = 1e9;
        int count = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            count = int(SpellText::words(onePara).size());
            best = std::min(best, double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("%-16s finding the words to check: %.2f ms (%d words)\n", "one paragraph", best, count);
    }
    for (bool warm : {false, true}) {
        if (!warm)
            spell->clearCache();
        const qint64 before = spell->dictionaryLookups();
        QElapsedTimer pass;
        pass.start();
        int misspelled = 0;
        for (const SpellText::Range &w : SpellText::words(onePara))
            misspelled += !spell->isCorrect(onePara.mid(w.start, w.length));
        std::printf("%-16s spelling pass alone (%s cache): %.2f ms, %d misspelled, %lld lookups\n", "one paragraph",
                    warm ? "warm" : "cold", double(pass.nsecsElapsed()) / 1e6, misspelled,
                    static_cast<long long>(spell->dictionaryLookups() - before));
    }
    const QString shortPara = makeAnswer(2500, 1000000);
    std::printf("answer: 2,500 words in one paragraph, %lld characters\n", static_cast<long long>(shortPara.size()));
    for (bool spelling : {false, true})
        run("one paragraph", shortPara, spelling, keystrokes);
    for (bool spelling : {false, true})
        run("100 paragraphs", manyParas, spelling, keystrokes);
    spell->setEnabled(true);
    return 0;
}
