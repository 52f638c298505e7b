#pragma once

// The properties the model-server stream parsers (app/rehearsal:
// OpenAiStreamParser, OllamaStreamParser, ChatResponseParser) promise,
// checked on one input. Shared by the libFuzzer harness (fuzz_streams.cpp)
// and the regression suite (tst_fuzzparsers.cpp).

#include <QByteArray>
#include <QString>

namespace StreamChecks {

// The first byte chooses the API style (bit 0: OpenAI SSE or Ollama NDJSON)
// and the size of the pieces the rest is fed in (bits 1-6: 1 to 64 bytes).
// Checks:
//  1. the pieces do not matter: fed in pieces and whole, the same reply
//     (answer, reasoning, finish reason, token counts, done, error kind);
//  2. what feed() hands out, put together, is the answer (until an error);
//  3. a reply that is not an error says the server finished (done), and an
//     error has a message;
//  4. the whole-response parser gives an answer or an error with a message.
// Returns an empty string when everything holds, else what failed.
QString check(const QByteArray &input);

} // namespace StreamChecks
