#pragma once

#include "models/profiles/profile.h"

#include <QMap>
#include <QWidget>

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
// (ProfileColorRow) and the folded base URL. It shows and reads values; whether they may be saved
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

    // Fills every field; the secret field is emptied. serviceFixed: a saved
    // profile or a copy keeps its service. secretStored: an empty secret
    // field keeps the stored secret.
    void load(const Profile &profile, bool hasProfile, bool serviceFixed, bool secretStored);
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
    void connectEdits(QLineEdit *field, const QString &key);
    void updateVisibility();

    bool m_serviceFixed = false;
    bool m_secretStored = false;

    QFormLayout *m_form = nullptr;
    QMap<QString, QWidget *> m_rows; // key → the field, for setRowVisible
    QMap<QString, QFormLayout *> m_forms; // key → the form holding its rows
    QMap<QString, QLabel *> m_problems;
    QLineEdit *m_name = nullptr;
    ProfileColorRow *m_color = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_accountSid = nullptr;
    QComboBox *m_authMode = nullptr;
    QLineEdit *m_apiKeySid = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_edge = nullptr;
    QLineEdit *m_space = nullptr;
    QLineEdit *m_projectId = nullptr;
    PasswordLineEdit *m_secret = nullptr;
    QCheckBox *m_advanced = nullptr;
    QWidget *m_advancedContent = nullptr;
    QLineEdit *m_baseUrl = nullptr;
};
