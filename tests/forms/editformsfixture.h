#pragma once

// What the form tests share: an in-process sandbox whose request log shows
// what the forms sent, a main window on two Twilio accounts and two
// SignalWire projects, and helpers that find rows, forms and dialogs.

#include "models/lists/pagedtablemodel.h"
#include "sandbox/democredentials.h"
#include "sandbox/faultinjector.h"
#include "sandbox/requestlog.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/signalwiresipendpoints.h"
#include "sandbox/twiliosipdomains.h"
#include "tests/builders.h"
#include "views/forms/recordediting.h"
#include "views/forms/recordform.h"
#include "views/mainwindow.h"
#include "views/recordlistpage.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

class EditFormsFixture : public QObject
{
protected:
    void startSandbox(const QString &applicationName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("SipDeskTests"));
        QApplication::setApplicationName(applicationName);
    }

    // A fresh sandbox and settings for every test: what one test created or
    // deleted is not there for the next.
    void openSandbox()
    {
        QSettings().clear();
        SandboxServer::Options options;
        options.domains = 20;
        options.endpoints = 20;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->listen());
    }

    // Opens the first account of the service and waits for its rows.
    void openAccount(Account::Service service, int expectedRows)
    {
        using namespace DemoCredentials;
        openSandbox();
        auto twilio = [this](const QString &name, QStringView sid, QStringView token) {
            return Builders::twilioAccount(
                name, sid.toString(), token.toString(), m_server->twilioBaseUrl());
        };
        auto signalWire = [this](const QString &name, QStringView project, QStringView token) {
            return Builders::signalWireAccount(
                name, project.toString(), token.toString(), m_server->signalWireBaseUrl());
        };
        m_window = std::make_unique<MainWindow>();
        m_window->setAccounts({
            twilio(QStringLiteral("Forms Twilio"), kTwilioAccountSid, kTwilioAuthToken),
            twilio(QStringLiteral("Other Twilio"), kTwilioOtherAccountSid, kTwilioOtherAuthToken),
            signalWire(
                QStringLiteral("Forms SignalWire"), kSignalWireProjectId, kSignalWireApiToken),
            signalWire(QStringLiteral("Other SignalWire"), kSignalWireOtherProjectId,
                kSignalWireOtherApiToken),
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (service == Account::Service::SignalWire)
            m_window->openAccount(2);
        QTRY_COMPARE_WITH_TIMEOUT(rowCount(), expectedRows, 10000);
        m_server->requestLog().clear();
    }

    // A window of saved profiles only, opening the last used one.
    void openProfiles(ProfileStore *profiles)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setProfileStore(profiles);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openStartupAccount());
    }

    void closeWindow()
    {
        // Guards and confirmations left open by a failed test must not block
        // the next one.
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (widget != m_window.get() && qobject_cast<QDialog *>(widget))
                widget->deleteLater();
        m_window.reset();
        QApplication::processEvents();
        m_server.reset();
    }

    MainWindow *window() const { return m_window.get(); }
    SandboxServer &server() const { return *m_server; }
    static QString twilioAccountSid() { return DemoCredentials::kTwilioAccountSid.toString(); }

    RecordListPage *page() const { return m_window->currentPage(); }
    QTableView *table() const { return page()->table(); }
    // 0 while no list is shown (an account that is still opening).
    int rowCount() const { return page() ? table()->model()->rowCount() : 0; }
    QModelIndex indexAt(int row) const { return table()->model()->index(row, 0); }
    QString idAt(int row) const { return indexAt(row).data(PagedTableModel::IdRole).toString(); }
    template<class Record>
    Record recordAt(int row) const
    {
        return indexAt(row).data(PagedTableModel::RecordRole).template value<Record>();
    }
    int rowOf(const QString &id) const
    {
        for (int row = 0; row < rowCount(); ++row)
            if (idAt(row) == id)
                return row;
        return -1;
    }

    void selectRows(const QList<int> &rows)
    {
        activateMainWindow();
        table()->setFocus();
        table()->clearSelection();
        for (int row : rows)
            table()->selectionModel()->select(
                indexAt(row), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (!rows.isEmpty())
            table()->selectionModel()->setCurrentIndex(
                indexAt(rows.first()), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    template<class Form>
    Form *openEditForm(int row)
    {
        selectRows({ row });
        QTest::keyClick(table(), Qt::Key_F2);
        return openedForm<Form>();
    }

    // Shortcuts only reach an active window; a closed form leaves none.
    void activateMainWindow()
    {
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        [&] { QVERIFY(QTest::qWaitForWindowActive(m_window.get())); }();
    }

    template<class Form>
    Form *openCreateForm()
    {
        activateMainWindow();
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_N, Qt::ControlModifier);
        return openedForm<Form>();
    }

    template<class Form>
    Form *openedForm()
    {
        RecordForm *form = m_window->editing() ? m_window->editing()->openForm() : nullptr;
        [&] { QVERIFY2(form, "no form opened"); }();
        if (form)
            [&] { QVERIFY(QTest::qWaitForWindowExposed(form)); }();
        return qobject_cast<Form *>(form);
    }

    bool formIsOpen() const
    {
        RecordForm *form = m_window->editing() ? m_window->editing()->openForm() : nullptr;
        return form && form->isVisible();
    }

    // Types at the end of what a field holds, as a user adding to it would.
    static void appendText(QWidget *editor, const QString &text)
    {
        QTest::keyClick(editor, Qt::Key_End);
        QTest::keyClicks(editor, text);
    }

    static QPushButton *saveButton(const QWidget *form)
    {
        return form->findChild<QPushButton *>(QStringLiteral("saveButton"));
    }

    template<class Dialog>
    static Dialog *visibleTopLevel(const QString &objectName = {})
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<Dialog *>(widget);
            if (dialog && dialog->isVisible()
                && (objectName.isEmpty() || dialog->objectName() == objectName))
                return dialog;
        }
        return nullptr;
    }

    static QMessageBox *guardBox()
    {
        QMessageBox *box = nullptr;
        for (int attempt = 0; attempt < 50 && !box; ++attempt) {
            box = visibleTopLevel<QMessageBox>(QStringLiteral("unsavedChangesBox"));
            if (!box)
                QTest::qWait(20);
        }
        return box;
    }

    QList<RequestLog::Entry> writes() const
    {
        QList<RequestLog::Entry> result;
        for (const RequestLog::Entry &entry : m_server->requestLog().entries())
            if (entry.method != "GET")
                result.append(entry);
        return result;
    }
    int writesSent() const { return int(writes().size()); }
    RequestLog::Entry lastWrite() const
    {
        const QList<RequestLog::Entry> all = writes();
        return all.isEmpty() ? RequestLog::Entry() : all.last();
    }

    static QStringList sorted(QStringList list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }

    // For the docs: with SIPDESK_SCREENSHOT_DIR set, saves the widget as
    // <dir>/<name>.png (run under Xvfb with QT_QPA_PLATFORM=xcb for real fonts).
    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SIPDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QApplication::processEvents();
        [&] { QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png"))); }();
    }

    static QString validValueFor(const QString &field)
    {
        if (field == u"DomainName")
            return QStringLiteral("fixed.sip.twilio.com");
        if (field.endsWith(u"Url") || field.endsWith(u"_url"))
            return QStringLiteral("https://example.com/hook");
        if (field == u"ByocTrunkSid")
            return QStringLiteral("BY0123456789abcdef0123456789abcdef");
        if (field == u"EmergencyCallerSid")
            return QStringLiteral("PN0123456789abcdef0123456789abcdef");
        return QStringLiteral("Fixed");
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<MainWindow> m_window;
};
