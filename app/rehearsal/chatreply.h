#pragma once

#include <QString>

// What a model server answered to one question, or why nothing came.
struct ChatReply
{
    enum class Error {
        None,
        ConnectionRefused,
        Timeout,       // no byte from the server within the profile's time-out
        Unauthorized,  // 401/403: the key is missing or wrong
        ModelNotFound, // 404: the model (or the endpoint) does not exist
        RateLimited,   // 429 after the bounded retries
        ServerError,   // 5xx
        Malformed,     // the body or stream is not what the API style sends
        Cut,           // the stream ended before the server said it was done
        Cancelled,
        Other,
    };

    QString content;   // the answer
    QString reasoning; // reasoning_content / thinking, kept apart from the answer
    QString finishReason;
    qint64 promptTokens = -1; // as the server counted them; -1 when it did not say
    qint64 completionTokens = -1;
    bool done = false; // the server said the answer was complete
    Error error = Error::None;
    QString errorMessage; // one line for people; never holds the API key
    int httpStatus = 0;

    bool ok() const { return error == Error::None; }
    // Every further request would fail the same way: the run stops.
    bool stopsRun() const { return error == Error::Unauthorized || error == Error::ModelNotFound; }
    static QString errorName(Error error); // "timeout", "unauthorized", ... for run files
};
