#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// A small read-only table of text for the short ticket sections (reopen history, fake detection,
// sales): a handful of rows that only need showing, never editing or sorting.
class SectionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SectionTableModel(const QStringList& headers, QObject* parent = nullptr);

    void setRows(const QList<QStringList>& rows);
    // Columns whose values are amounts: right-aligned.
    void setNumericColumns(const QList<int>& columns) { m_numericColumns = columns; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_numericColumns;
};
