#pragma once

#include "models/profiles/profile.h"
#include "models/profiles/twiliolocations.h"

#include <QMap>
#include <QWidget>

class LocationChoice;
class PasswordLineEdit;
class ProfileColorRow;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

// The fields of one profile, each with a row for its problem under it: the
// rows the chosen service and authentication need, the colour
// (ProfileColorRow), whether it is read-only, and the folded base URL. It shows and reads values; whether they may be saved
// is ProfileEditor's business. Fields are known by a key: their objectNames
// are "<key>Field" and "<key>Problem".
class ProfileFields : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileFields(QWidget *parent = nullptr);

    static QString key(Profile::Field field);
    static QString secretKey();
    // Top to bottom, as on screen.
    static const QStringList &keysInOrder();

    // What an empty secret field means, said by its placeholder.
    enum class SecretHint {
        Required, // a new profile or a copy
        Stored, // the keychain's secret stays
        SessionOnly, // the secret kept for this session stays
        NotStored, // a saved profile without a secret: type one
    };

    // Fills every field; the secret field is emptied. serviceFixed: a saved
    // profile or a copy keeps its service.
    void load(const Profile &profile, bool hasProfile, bool serviceFixed, SecretHint secret);
    void setSecretHint(SecretHint hint);
    // base with the values on screen, the fields of the other service cleared.
    Profile read(const Profile &base) const;
    QString secretText() const;
    void setSecretText(const QString &text);
    void clearSecret();
    void setFieldsEnabled(bool enabled);
    // key → the problem to show under that field; keys not in it show none.
    void showProblems(const QMap<QString, QString> &problems);

signals:
    // The user changed the field of key, so its problem is shown from now on;
    // key is empty when the service or the authentication changed (also on
    // load), which only changes the rows shown.
    void edited(const QString &key);

private:
    void clearSecretField();
    void buildUi();
    void buildAccountRows();
    void buildBaseUrlSection(QVBoxLayout *layout);
    void addField(QFormLayout *form, const QString &label, QWidget *field, const QString &key);
    QComboBox *addChoice(const QString &label, const QString &key, const QString &objectName,
        const QList<QPair<QString, int>> &items);
    LocationChoice *addLocationChoice(const QString &label, const QString &key,
        const QList<TwilioLocations::Location> &known, const QString &placeholder,
        const QString &toolTip);
    void connectEdits(QLineEdit *field, const QString &key);
    void updateVisibility();
    void updateSecretPlaceholder(const QString &secretName);

    bool m_serviceFixed = false;
    SecretHint m_secretHint = SecretHint::Required;

    QFormLayout *m_form = nullptr;
    QMap<QString, QWidget *> m_rows; // key → the field, for setRowVisible
    QMap<QString, QFormLayout *> m_forms; // key → the form holding its rows
    QMap<QString, QLabel *> m_problems;
    QLineEdit *m_name = nullptr;
    ProfileColorRow *m_color = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_accountSid = nullptr;
    QComboBox *m_authMode = nullptr;
    QLineEdit *m_apiKeySid = nullptr;
    LocationChoice *m_region = nullptr;
    LocationChoice *m_edge = nullptr;
    QLineEdit *m_space = nullptr;
    QLineEdit *m_projectId = nullptr;
    PasswordLineEdit *m_secret = nullptr;
    QCheckBox *m_advanced = nullptr;
    QWidget *m_advancedContent = nullptr;
    QLineEdit *m_baseUrl = nullptr;
};
