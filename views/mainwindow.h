#pragma once

#include <QMainWindow>

class QLabel;

// The application window: menus, the page area and its persisted geometry.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shown in the window title and the toolbar, e.g. "Sandbox".
    void setEnvironmentName(const QString &name);
    // What the empty window says until an account is open.
    void setWelcomeText(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

    QString m_environmentName;
    QLabel *m_placeholder = nullptr;
};
