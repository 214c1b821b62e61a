#include "ProcessStats.h"

#include <QByteArray>
#include <QFile>

std::optional<qint64> ProcessStats::peakResidentKiB()
{
    // Linux keeps it in /proc, as "VmHWM:   123456 kB"; other systems have no such file.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qint64 kib = line.mid(6).trimmed().split(' ').constFirst().toLongLong(&ok);
            return ok ? std::optional<qint64>(kib) : std::nullopt;
        }
    }
    return std::nullopt;
}
