#include "DocumentParser.h"

DocumentParser::DocumentParser(const QList<SourceDocument>& documents, qsizetype ahead)
    : m_documents(documents)
    , m_ahead(qMax<qsizetype>(1, ahead))
    , m_results(static_cast<std::size_t>(documents.size()))
    , m_worker([this] { work(); })
{ }

DocumentParser::~DocumentParser()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void DocumentParser::work()
{
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        {
            // Stay a bounded distance ahead, so that a million-line file is not held twice.
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this, i] { return m_stop || i - m_consumed < m_ahead; });
            if (m_stop) {
                return;
            }
        }
        const SourceDocument& source = m_documents.at(i);
        OrderDocument::Result result =
            source.parseError.isEmpty() ? OrderDocument::parse(source.value) : OrderDocument::Result();
        {
            const std::lock_guard lock(m_mutex);
            m_results[static_cast<std::size_t>(i)] = std::move(result);
            m_produced = i + 1;
        }
        m_changed.notify_all();
    }
}

OrderDocument::Result DocumentParser::take(qsizetype index)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this, index] { return m_produced > index; });
    OrderDocument::Result result = std::move(*m_results[static_cast<std::size_t>(index)]);
    m_results[static_cast<std::size_t>(index)].reset();
    m_consumed = index + 1;
    lock.unlock();
    m_changed.notify_all();
    return result;
}
