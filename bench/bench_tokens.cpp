// Token counting throughput (app/tokens), one core, for both encodings:
//   bench_tokens [DOC]
// on the bundled sample repeated to about 7 MB (markdown and English), on
// DOC when given (run-benchmarks.sh passes the generated 60,000-entry
// document) and on a CJK and emoji heavy text made here. Prints the load
// time of each rank table (the first count pays it) and MB/s; the target is
// 10 MB/s on markdown and English (js-tiktoken: about 2 MB/s here).

#include "app/tokens/tokencounter.h"
#include "app/tokens/tokencountstream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Chinese, Japanese and Korean prose with emoji (ZWJ sequences, skin tones,
// flags) and some punctuation, from a fixed seed.
QByteArray cjkEmojiText(qsizetype size)
{
    const char *const parts[] = {"漢字と仮名の混じった文章です。", "中文分词测试，标点符号。", "한국어 문장을 씁니다. ",
                                 "😀", "👩‍👩‍👧‍👦", "👍🏽", "🇩🇪🇯🇵", " ", "\n", "東京タワー", "（括弧）", "「引用」",
                                 "数字123", "🧑🏿‍🚀", "ひらがなカタカナ"};
    const int n = int(sizeof(parts) / sizeof(parts[0]));
    QByteArray text;
    quint32 state = 20250101;
    while (text.size() < size) {
        state = state * 1664525u + 1013904223u;
        text += parts[(state >> 16) % quint32(n)];
    }
    return text;
}

void measure(const char *what, const QByteArray &text, TokenEncoding encoding)
{
    // Fastest of three: the machine is shared.
    double best = 1e30;
    qsizetype tokens = 0;
    for (int turn = 0; turn < 3; ++turn) {
        QElapsedTimer timer;
        timer.start();
        tokens = TokenCounter::count(QByteArrayView(text), encoding);
        best = qMin(best, timer.nsecsElapsed() / 1e9);
    }
    std::printf("%-34s %-12s %8.1f MB  %11lld tokens  %7.3f s  %6.1f MB/s\n", what,
                qPrintable(TokenEncodings::name(encoding)), text.size() / 1e6, static_cast<long long>(tokens), best,
                text.size() / 1e6 / best);
}

void measureChunked(const QByteArray &text, TokenEncoding encoding)
{
    QElapsedTimer timer;
    timer.start();
    TokenCountStream stream(encoding);
    for (qsizetype at = 0; at < text.size(); at += 65536)
        stream.add(QByteArrayView(text.constData() + at, qMin<qsizetype>(65536, text.size() - at)));
    const qsizetype tokens = stream.total();
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("%-34s %-12s %8.1f MB  %11lld tokens  %7.3f s  %6.1f MB/s\n", "  in 64 KiB chunks (the window)",
                qPrintable(TokenEncodings::name(encoding)), text.size() / 1e6, static_cast<long long>(tokens), seconds,
                text.size() / 1e6 / seconds);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const TokenEncoding encodings[] = {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase};
    for (TokenEncoding encoding : encodings) {
        QElapsedTimer timer;
        timer.start();
        TokenCounter::count(QByteArrayView("load"), encoding);
        std::printf("load %-12s %.1f ms (first count: rank table and character classes)\n",
                    qPrintable(TokenEncodings::name(encoding)), timer.nsecsElapsed() / 1e6);
    }
    const QByteArray sample = readFile(QStringLiteral(":/quire/portfolio-qa.md"));
    QByteArray repeated;
    while (repeated.size() < 6900000)
        repeated += sample;
    const QByteArray cjk = cjkEmojiText(4000000);
    const QByteArray doc = argc > 1 ? readFile(QString::fromLocal8Bit(argv[1])) : QByteArray();
    if (argc > 1 && doc.isEmpty()) {
        std::fprintf(stderr, "bench_tokens: cannot read %s\n", argv[1]);
        return 2;
    }
    for (TokenEncoding encoding : encodings) {
        measure("sample repeated (markdown)", repeated, encoding);
        measureChunked(repeated, encoding);
        if (!doc.isEmpty())
            measure("generated document", doc, encoding);
        measure("CJK and emoji", cjk, encoding);
    }
    return 0;
}
