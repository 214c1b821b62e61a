#pragma once

#include "document/DocumentSource.h"
#include "document/OrderDocument.h"

#include <QList>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

// Checks order documents on a second thread, a bounded distance ahead of the thread that writes
// them: an import spends about half its time parsing and validating, which the other core can do
// while this one writes. Results come back in document order, exactly as OrderDocument::parse
// gives them.
class DocumentParser final
{
public:
    // documents must outlive the parser. A document with a parse error gets an empty Result.
    explicit DocumentParser(const QList<SourceDocument>& documents, qsizetype ahead = 512);
    ~DocumentParser();
    DocumentParser(const DocumentParser&) = delete;
    DocumentParser& operator=(const DocumentParser&) = delete;

    // The result for document `index`, waiting for it when the worker has not got there yet.
    // Indexes are taken in order, each once.
    OrderDocument::Result take(qsizetype index);

private:
    void work();

    const QList<SourceDocument>& m_documents;
    const qsizetype m_ahead;
    std::vector<std::optional<OrderDocument::Result>> m_results;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qsizetype m_produced = 0; // results ready: [0, m_produced)
    qsizetype m_consumed = 0; // results taken: [0, m_consumed)
    bool m_stop = false;
    std::thread m_worker;
};
