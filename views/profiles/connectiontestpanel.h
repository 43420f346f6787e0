#pragma once

#include "models/profiles/profile.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ConnectionTest;
class ProfileStore;
class QLabel;
class QNetworkAccessManager;
class QPushButton;

// "Test connection" and its verdict: signs in with the values on screen
// without saving them. With no typed secret it uses the stored one, which
// only the test ever sees. The button cancels a running test.
class ConnectionTestPanel : public QWidget
{
    Q_OBJECT

public:
    // profile and typedSecret give the values on screen at the click; the
    // stored secret is used only when storedSecretApplies says it belongs to
    // the destination and identity on screen.
    ConnectionTestPanel(ProfileStore *store, QNetworkAccessManager *network,
        std::function<Profile()> profile, std::function<QString()> typedSecret,
        std::function<bool(const Profile &)> storedSecretApplies, QWidget *parent = nullptr);
    ~ConnectionTestPanel() override;

    // Whether the values on screen are complete enough to test; the owner
    // says so whenever they change. A running test keeps its Cancel button.
    void setAvailable(bool available);
    void cancel();
    void clearResult();

private:
    void toggle();
    void start(const QString &secret, const Profile &profile);
    void showResult();
    void finish();
    void setResult(const QString &text, const QString &state);

    ProfileStore *m_store;
    QNetworkAccessManager *m_network;
    std::function<Profile()> m_profile;
    std::function<QString()> m_typedSecret;
    std::function<bool(const Profile &)> m_storedSecretApplies;
    bool m_available = false;

    QPushButton *m_button = nullptr;
    QLabel *m_result = nullptr;

    // Deleted later once finished or cancelled.
    QPointer<ConnectionTest> m_test;
    bool m_running = false; // from the click until the verdict, secret lookup included
    // Bumped whenever a test's answer (or its secret lookup) stops mattering.
    quint64 m_generation = 0;
};
