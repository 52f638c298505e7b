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

#include "ui/editor/markdowneditor.h"
#include "ui/editor/markdownhighlighter.h"
#include "app/spell/spellchecker.h"
#include "app/spell/spelltext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

// This thread's CPU time: on a busy machine wall time also counts the time
// other processes had the core.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

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
    double median = 0, p95 = 0, max = 0;
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
    return s;
}

// Wall time (QElapsedTimer) and this thread's CPU time of one measurement.
struct Clock
{
    QElapsedTimer wall;
    double cpu0 = 0;
    void start()
    {
        cpu0 = threadCpuMs();
        wall.start();
    }
    double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return threadCpuMs() - cpu0; }
};

void run(const char *layout, const QString &text, bool spelling, int keystrokes)
{
    SpellChecker *spell = SpellChecker::instance();
    spell->setEnabled(spelling);
    spell->clearCache(); // cold: every word of the answer is new
    MarkdownEditor editor;
    editor.resize(1000, 800);
    editor.show();
    QCoreApplication::processEvents();

    Clock clock;
    const qint64 lookupsBefore = spell->dictionaryLookups();
    clock.start();
    editor.setTextQuietly(text);
    const double firstWall = clock.wallMs();
    const double firstCpu = clock.cpuMs();
    const qint64 firstLookups = spell->dictionaryLookups() - lookupsBefore;

    // Type in the middle of the text (the middle paragraph).
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(int(text.size()) / 2);
    cursor.movePosition(QTextCursor::EndOfWord);
    editor.setTextCursor(cursor);
    editor.setFocus();
    const QString typed = QStringLiteral(" and we recieve the data");
    std::vector<double> keyWall, keyCpu, highlightCpu;
    const qint64 typingLookupsBefore = spell->dictionaryLookups();
    for (int i = 0; i < keystrokes; ++i) {
        const QChar c = typed.at(i % typed.size());
        clock.start();
        QTest::keyClick(&editor, c.toLatin1());
        keyWall.push_back(clock.wallMs());
        keyCpu.push_back(clock.cpuMs());
        QCoreApplication::processEvents(); // paint, outside the measurement
        const QTextBlock block = editor.textCursor().block();
        clock.start();
        editor.highlighter()->rehighlightBlock(block);
        highlightCpu.push_back(clock.cpuMs());
    }
    const qint64 typingLookups = spell->dictionaryLookups() - typingLookupsBefore;
    // A block the highlighter leaves alone (longer than its limit) has no formats.
    bool highlighted = false;
    for (QTextBlock b = editor.document()->begin(); b.isValid() && !highlighted; b = b.next())
        highlighted = !b.layout()->formats().isEmpty();

    const Stats kw = stats(keyWall);
    const Stats kc = stats(keyCpu);
    const Stats hc = stats(highlightCpu);
    std::printf("%-15s %-3s | first highlight %6.1f ms wall %6.1f cpu, %3lld lookups | keystroke wall "
                "median %6.2f p95 %6.2f max %6.2f, cpu median %6.2f p95 %6.2f | highlighter cpu median %6.2f p95 %6.2f "
                "| %lld lookups%s\n",
                layout, spelling ? "on" : "off", firstWall, firstCpu, static_cast<long long>(firstLookups), kw.median,
                kw.p95, kw.max, kc.median, kc.p95, hc.median, hc.p95, static_cast<long long>(typingLookups),
                highlighted ? "" : " | block NOT highlighted (over the highlighter's length limit)");
    std::fflush(stdout);
}

// The spelling pass alone, as MarkdownHighlighter::highlightSpelling does it
// on every keystroke: find the words (skipping markdown), look each up.
void spellingPass(const char *layout, const QString &text)
{
    SpellChecker *spell = SpellChecker::instance();
    spell->setEnabled(true);
    Clock clock;
    double wordsCpu = 1e9;
    int count = 0;
    for (int i = 0; i < 5; ++i) {
        clock.start();
        count = int(SpellText::words(text).size());
        wordsCpu = std::min(wordsCpu, clock.cpuMs());
    }
    for (bool warm : {false, true}) {
        if (!warm)
            spell->clearCache();
        const qint64 before = spell->dictionaryLookups();
        double best = 1e9;
        int misspelled = 0;
        for (int i = 0; i < (warm ? 5 : 1); ++i) {
            misspelled = 0;
            clock.start();
            for (const SpellText::Range &w : SpellText::words(text))
                misspelled += !spell->isCorrect(QStringView(text).mid(w.start, w.length));
            best = std::min(best, clock.cpuMs());
        }
        std::printf("%-15s spelling pass alone, %s cache: %.2f ms cpu (finding the %d words: %.2f ms), %d misspelled, "
                    "%lld lookups\n",
                    layout, warm ? "warm" : "cold", best, count, wordsCpu, misspelled,
                    static_cast<long long>(spell->dictionaryLookups() - before));
    }
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
    Clock clock;
    clock.start();
    SpellChecker *spell = SpellChecker::instance(); // scans the folders, loads the dictionary
    const double loadWall = clock.wallMs();
    const double loadCpu = clock.cpuMs();
    if (!spell->isAvailable()) {
        std::fprintf(stderr, "bench_spell: no Hunspell dictionary (install hunspell-en-us)\n");
        return 2;
    }
    const QString loaded = spell->language();
    spell->setLanguage(QStringLiteral("en_US"));
    clock.start();
    const QStringList suggestions = spell->suggestions(QStringLiteral("recieve"));
    const double suggestWall = clock.wallMs();
    const double suggestCpu = clock.cpuMs();
    std::printf("start-up: finding and loading %s %.1f ms wall, %.1f ms cpu; suggestions for \"recieve\" "
                "%.1f ms wall, %.1f ms cpu (%s)\n",
                qPrintable(loaded), loadWall, loadCpu, suggestWall, suggestCpu,
                qPrintable(suggestions.join(QLatin1String(", "))));

    const QString onePara = makeAnswer(10000, 1000000);
    const QString shortPara = makeAnswer(2500, 1000000);
    const QString manyParas = makeAnswer(10000, 100);
    std::printf("answers: 10,000 words in one paragraph (%lld characters), 2,500 words in one paragraph "
                "(%lld characters), 10,000 words in 100 paragraphs; %d keystrokes each\n",
                static_cast<long long>(onePara.size()), static_cast<long long>(shortPara.size()), keystrokes);
    for (bool spelling : {false, true})
        run("10k words, 1 par", onePara, spelling, keystrokes);
    for (bool spelling : {false, true})
        run("2.5k words, 1 par", shortPara, spelling, keystrokes);
    for (bool spelling : {false, true})
        run("10k words, 100 par", manyParas, spelling, keystrokes);
    spellingPass("10k words, 1 par", onePara);
    spellingPass("100-word par", manyParas.section(QStringLiteral("\n\n"), 50, 50));
    spell->setEnabled(true);
    return 0;
}
