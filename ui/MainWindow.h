#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui
{
    class MainWindow;
}
class QLabel;
class SearchResultModel;
class Workspace;

// The agent's console: one search box on top; below it the welcome help, the list of orders a
// search found, or the open order with all its ticket sections.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    enum class Page
    {
        Welcome,
        Results,
        Order,
    };
    Page currentPage() const;

public slots:
    void focusSearch();
    void runSearch();
    void openOrder(const QString& orderId, const QString& ticketId = QString());
    void backToResults();
    void chooseDatabase();
    bool openDatabase(const QString& path);

signals:
    void searchFinished(int hits);
    void orderOpened(const QString& orderId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showPage(Page page);
    void showSearchMessage(const QString& text, bool problem);
    void openResult(const QModelIndex& index);
    void refreshDatabaseState();
    void showAbout();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace& m_workspace;
    SearchResultModel* m_results;
    QLabel* m_databaseStatusLabel;
    QLabel* m_todayStatusLabel;
    bool m_cameFromResults = false;
};
